import { useEffect, useState } from 'react';
import type { AiProvider } from '../../../../shared/ai/ai-settings';
import type { ConnectionReport } from '../../../../shared/ipc/channels/ai';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useSettings } from '../../app/settings-context';
import { Icon } from '../../components/Icon';
import { Button, Card, ErrorBanner } from '../../components/ui';
import { AiQueueNotice } from './AiQueueNotice';
import { privacySentence } from './privacy';
import { TranscriptionModelField } from './TranscriptionModelField';
import './ai.css';

const PROVIDERS: ReadonlyArray<{ value: AiProvider; label: string }> = [
  { value: 'none', label: 'Off' },
  { value: 'openai', label: 'OpenAI' },
  { value: 'openai-compatible', label: 'OpenAI-compatible server' },
];

function ConnectionResult({ report }: { report: ConnectionReport }) {
  return (
    <div className={report.ok ? 'ai-report is-ok' : 'ai-report is-failed'} role="status" data-testid="ai-connection">
      <Icon name={report.ok ? 'check' : 'warning'} size={16} />
      <div>
        <div>{report.message}</div>
        {report.models.length ? <div className="setting-hint">Models: {report.models.join(', ')}</div> : null}
      </div>
    </div>
  );
}

function KeyRow({ stored, onChange }: { stored: boolean; onChange(): void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string>();
  const save = async (): Promise<void> => {
    setError(undefined);
    try {
      await call('ai:set-key', { apiKey: key });
      setKey('');
      onChange();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <div className="ai-key">
      <label className="field">
        API key {stored ? <span className="muted">(a key is stored; type a new one to replace it)</span> : null}
        <input
          type="password"
          autoComplete="off"
          value={key}
          placeholder={stored ? '••••••••' : 'sk-… (a local server may need none)'}
          onChange={(event) => setKey(event.target.value)}
        />
      </label>
      <div className="ai-actions">
        <Button disabled={!key.trim()} onClick={() => void save()}>
          Save key
        </Button>
        {stored ? (
          <Button
            variant="ghost"
            icon="trash"
            onClick={() => {
              call('ai:delete-key', {}).then(onChange, (err: unknown) => setError(errorMessage(err)));
            }}
          >
            Remove key
          </Button>
        ) : null}
      </div>
      {error ? <p className="form-error">{error}</p> : null}
    </div>
  );
}

/** Settings → AI: provider, address, model, key, a connection test and what leaves the machine. */
export function AiSettingsCard() {
  const { settings, update } = useSettings();
  const status = useQuery('ai:status', {});
  const usage = useQuery('ai:usage', {});
  const [baseUrl, setBaseUrl] = useState(settings.ai.baseUrl ?? '');
  const [model, setModel] = useState(settings.ai.model ?? '');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [testing, setTesting] = useState(false);
  const [report, setReport] = useState<ConnectionReport>();

  useEffect(() => {
    setBaseUrl(settings.ai.baseUrl ?? '');
    setModel(settings.ai.model ?? '');
  }, [settings.ai.baseUrl, settings.ai.model]);

  const provider = settings.ai.provider;
  const reloadStatus = status.reload;

  const apply = async (patch: Parameters<typeof update>[0]): Promise<void> => {
    setError(undefined);
    setSaved(false);
    setReport(undefined);
    try {
      await update(patch);
      setSaved(true);
      reloadStatus();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const test = async (): Promise<void> => {
    setTesting(true);
    setReport(undefined);
    try {
      setReport(await call('ai:test-connection', {}));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setTesting(false);
    }
  };

  return (
    <Card title="AI coach">
      <p className="card-intro" data-testid="ai-privacy">
        <Icon name="lock" size={16} /> {privacySentence(status.data)}
      </p>
      <div className="setting-row">
        <div>
          <div className="setting-label">Provider</div>
          <div className="setting-hint">
            OpenAI, or a server on this computer such as Ollama, LM Studio or llama.cpp. Everything else works with AI
            off.
          </div>
        </div>
        <div className="segmented" role="radiogroup" aria-label="AI provider">
          {PROVIDERS.map((option) => (
            <button
              key={option.value}
              type="button"
              role="radio"
              aria-checked={provider === option.value}
              className={provider === option.value ? 'is-selected' : ''}
              onClick={() => void apply({ ai: { provider: option.value } })}
            >
              {option.label}
            </button>
          ))}
        </div>
      </div>
      {provider !== 'none' ? (
        <div className="ai-form">
          {provider === 'openai-compatible' ? (
            <label className="field">
              Server address
              <input
                value={baseUrl}
                placeholder="http://127.0.0.1:11434/v1"
                onChange={(event) => setBaseUrl(event.target.value)}
              />
            </label>
          ) : null}
          <label className="field">
            Model
            <input
              value={model}
              placeholder={provider === 'openai' ? 'gpt-4o-mini' : 'llama3.1:8b'}
              onChange={(event) => setModel(event.target.value)}
            />
          </label>
          <div className="ai-actions">
            <Button
              variant="primary"
              onClick={() =>
                void apply({
                  ai: {
                    ...(provider === 'openai-compatible' ? { baseUrl: baseUrl.trim() || null } : {}),
                    model: model.trim() || null,
                  },
                })
              }
            >
              Save
            </Button>
            <Button icon="refresh" disabled={testing} onClick={() => void test()}>
              {testing ? 'Testing…' : 'Test connection'}
            </Button>
          </div>
          {saved ? (
            <p className="form-success" role="status">
              Saved.
            </p>
          ) : null}
          {status.data?.problem ? <p className="setting-hint">{status.data.problem}.</p> : null}
          {report ? <ConnectionResult report={report} /> : null}
          <KeyRow stored={status.data?.keyStored ?? false} onChange={reloadStatus} />
          {status.data?.keychainWarning ? <ErrorBanner message={status.data.keychainWarning} /> : null}
          <label className="ai-check">
            <input
              type="checkbox"
              checked={settings.ai.autoReview}
              onChange={(event) => void apply({ ai: { autoReview: event.target.checked } })}
            />
            Ask for an AI review after every answer
          </label>
          <label className="ai-check">
            <input
              type="checkbox"
              checked={settings.ai.transcription}
              onChange={(event) => void apply({ ai: { transcription: event.target.checked } })}
            />
            Transcribe spoken answers: send a recording&apos;s audio to the server when I ask (model{' '}
            {settings.ai.transcriptionModel})
          </label>
          {settings.ai.transcription ? <TranscriptionModelField /> : null}
          <AiQueueNotice />
          {usage.data ? (
            <p className="setting-hint" data-testid="ai-usage">
              This month: {usage.data.requests} {usage.data.requests === 1 ? 'request' : 'requests'},{' '}
              {(usage.data.promptTokens + usage.data.completionTokens).toLocaleString()} tokens.
            </p>
          ) : null}
        </div>
      ) : null}
      {error ? <ErrorBanner message={error} /> : null}
    </Card>
  );
}
