// Not crypto.randomUUID: the browser offers it only over HTTPS or on localhost, and a force may
// first try the dashboard over plain HTTP on its own network.
import { v4 as uuidv4 } from 'uuid';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Field } from '../../ui/Field';
import { RefusalMessage } from '../entry-log/RefusalMessage';
import { useRefreshAfterWrite } from '../entry-log/use-entry-log';
import './batch.css';
import { parseReturn, type ParsedReturn } from './parse-return';
import { ReturnHelp } from './ReturnHelp';
import { RowVerdicts } from './RowVerdicts';
import { lastPosition, sendReturn, type BatchResult } from './send-return';

interface Props {
  operation: string;
  phase: number;
  force: string;
}

/** Paste or upload a return (CSV), see each row's verdict, send the good rows as one batch. */
const BatchReturn = ({ operation, phase, force }: Props) => {
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedReturn | null>(null);
  const [results, setResults] = useState(new Map<string, BatchResult>());
  // A row read again keeps its entryId: sent twice, the server counts it once.
  const ids = useRef(new Map<string, string>());
  const refresh = useRefreshAfterWrite();

  const check = (return_: string) => {
    setParsed(
      parseReturn(return_, force, new Date(), (entry, occurrence) => {
        const key = `${occurrence}|${JSON.stringify(entry)}`;
        if (!ids.current.has(key)) ids.current.set(key, uuidv4());
        return ids.current.get(key)!;
      }),
    );
    setResults(new Map());
  };
  const good = parsed?.rows.flatMap((row) => (row.entry ? [row.entry] : [])) ?? [];

  const send = useMutation({
    mutationFn: async () => {
      const answers = await sendReturn(operation, phase, good);
      setResults(new Map(answers.map((answer) => [answer.entryId ?? '', answer])));
      await refresh(lastPosition(answers));
      return answers;
    },
  });

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    check(content);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    check(text);
  };

  const counted = send.data?.filter((r) => r.status === 201).length ?? 0;
  const before = send.data?.filter((r) => r.status === 200).length ?? 0;
  const refused = (send.data?.length ?? 0) - counted - before;
  return (
    <section className="return-batch" aria-labelledby="return-title">
      <h2 id="return-title">Paste or upload a return</h2>
      <p className="coordinator-hint">
        Rows are logged for your force in phase {phase}. Each row is checked before anything is
        sent; sending again never counts a row twice.
      </p>
      <ReturnHelp />
      <form onSubmit={submit} className="return-form">
        <Field label="Return (CSV, with a header row)">
          {(props) => (
            <textarea
              {...props}
              rows={6}
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <Field label="Or choose a CSV file">
          {(props) => <input {...props} type="file" accept=".csv,text/csv" onChange={upload} />}
        </Field>
        <button type="submit">Check rows</button>
      </form>
      {parsed?.problem && (
        <p role="alert" className="refusal">
          {parsed.problem}
        </p>
      )}
      {parsed && parsed.rows.length > 0 && (
        <>
          <p className="return-summary">
            {good.length} of {parsed.rows.length} rows ready to send
            {good.length < parsed.rows.length && '; rows with a problem are not sent until fixed'}.
          </p>
          <RowVerdicts rows={parsed.rows} results={results} />
          <button
            type="button"
            disabled={good.length === 0 || send.isPending}
            onClick={() => send.mutate()}
          >
            {send.isPending ? 'Sending…' : `Send ${good.length} rows`}
          </button>
        </>
      )}
      {send.isError && <RefusalMessage what="The return" error={send.error} />}
      <p role="status" className="said">
        {send.isSuccess &&
          `Sent: ${counted} counted, ${before} already counted before, ${refused} refused.`}
      </p>
    </section>
  );
};
export default BatchReturn;
