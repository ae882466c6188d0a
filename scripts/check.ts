/**
 * npm run check [folder]: validates the data folder (default data/, or MOIT_DATA) against its
 * datapackage.json and checks every published figure against the data. Writes nothing.
 */
import { checkDataFolder } from "./lib/cli.ts";

const folder = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? process.env.MOIT_DATA ?? "data";
const result = await checkDataFolder(folder, false);
if (result.ok) console.log("Dữ liệu hợp lệ. / The data is valid.");
process.exitCode = result.ok ? 0 : 1;
