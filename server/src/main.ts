import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openRuntime } from './runtime';

/** `npm run server`: reads the environment (see server/README.md), migrates, listens. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const runtime = await openRuntime(config);
  const app = await buildApp(runtime.deps);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      await runtime.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { ...runtime.summary, address, docs: config.docsEnabled ? `${address}/docs` : 'disabled' },
    'IntervYou account service ready',
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\nSee server/README.md for every variable.\n`);
  } else {
    process.stderr.write(
      `IntervYou account service failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
