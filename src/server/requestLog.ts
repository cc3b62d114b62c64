/**
 * One log line and one set of metrics per GraphQL request: its id, operation, duration, Cypher round trips and
 * outcome (ok, or the first error's code). An Apollo plugin, so it sees requests from HTTP and nothing else.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';

export function requestLogPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      let operationName: string | null = null;
      return {
        async didResolveOperation({ operationName: name }) {
          operationName = name ?? null;
        },
        async willSendResponse({ response, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const firstError = errors?.[0] ?? body?.errors?.[0];
          const code = firstError?.extensions?.code;
          const outcome = firstError ? (typeof code === 'string' ? code : 'ERROR') : 'ok';
          const operation = metrics.operationLabel(operationName);
          const roundTrips = contextValue.runner?.roundTrips ?? 0;
          metrics.requestDuration.observe({ operation, outcome }, seconds);
          metrics.roundTrips.observe({ operation }, roundTrips);
          logger.info(
            {
              reqId: contextValue.requestId,
              // The name as the client sent it (bounded by the document's token limit), not the metrics' label.
              operation: operationName === null ? null : operationName.slice(0, 100),
              durationMs: Math.round(seconds * 1e4) / 10,
              cypherRoundTrips: roundTrips,
              status: response.http.status ?? 200,
              ...(firstError ? { errorCode: outcome } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
