export { AppTierArgs, AppTierCacheArgs, AppTierDatabaseArgs, BandwidthBilling, RedisEngineVersion } from "./args";
export { AppTier } from "./appTier";
export { ProvisionVia } from "../provision/web";
