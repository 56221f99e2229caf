export { AppTierArgs, AppTierCacheArgs, AppTierDatabaseArgs, BandwidthBilling, RedisEngineVersion } from "./args";
export { AppTier } from "./appTier";
