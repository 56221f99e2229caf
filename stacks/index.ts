import { deployBlueprints } from "./blueprints";
import { readStackConfig } from "./config";

export = deployBlueprints(readStackConfig());
