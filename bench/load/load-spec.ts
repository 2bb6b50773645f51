/** What the load generator is asked to do: plain data, as it crosses to another process. */
export type LoadRequest =
  | { kind: 'get'; path: string; token: string }
  | {
      kind: 'entries';
      /** `/api/operations/<op>/phases/<n>/entries` */
      path: string;
      /** [force, token] for each force the connections write for, in turn. */
      writers: [string, string][];
      occurredAt: string;
    };

export interface LoadSpec {
  url: string;
  request: LoadRequest;
  /** autocannon: this many connections for `seconds`; sequential: one request at a time. */
  mode: 'autocannon' | 'sequential';
  connections: number;
  seconds: number;
  /** Sequential requests timed, after a warm-up of a tenth as many. */
  requests: number;
}

export interface LoadResult {
  /** Answers with a 2xx status. */
  ok: number;
  /** Answers with another status, and connection errors or timeouts. */
  failed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}
