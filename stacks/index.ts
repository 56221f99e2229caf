import { deployBlueprints } from "./blueprints";
import { readStackConfig } from "./config";
import { refuseExampleValues } from "./exampleValues";

export = deployBlueprints(refuseExampleValues(readStackConfig()));
