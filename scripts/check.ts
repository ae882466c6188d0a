/** npm run check: validates data/ against data/datapackage.json and reconciles the published figures. Writes nothing. */
import { checkDataFolder, isStrict } from "./lib/cli.ts";

const result = await checkDataFolder("data", isStrict(process.argv));
if (result.ok) console.log("Dữ liệu hợp lệ. / The data is valid.");
process.exitCode = result.ok ? 0 : 1;
