/**
 * The App's entry, bundled by ncc to dist/app/index.js. One bundle, two uses, hence the entry check instead of
 * a start at import:
 * - `node dist/app/index.js` starts the service (reads the environment, listens, stops on SIGTERM/SIGINT);
 * - `import { createNexsMiddleware } from "nexs-publish/dist/app/index.js"` on a serverless host gets only the
 *   exports: importing starts nothing, opens nothing and reads no environment.
 */
import { isEntryModule } from "./entry.js";
import { main } from "./main.js";

export { type NexsAppOptions, nexsApp, type ReceivedDelivery } from "./app.js";
export { type AppConfig, ConfigError, readConfig } from "./config.js";
export { createMiddlewareFromConfig, createNexsMiddleware, type NexsMiddleware } from "./middleware.js";

if (isEntryModule(import.meta.url, process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(`nexs-publish app: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
