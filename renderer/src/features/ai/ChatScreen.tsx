import { useEffect, useRef, useState } from 'react';
import type { ChatMessage } from '../../../../shared/ai/chat';
import { categoryLabel } from '../../../../shared/domain/reports/labels';
import { bridge } from '../../api/bridge';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Icon } from '../../components/Icon';
import { Button, Card, ErrorBanner, PageHeader } from '../../components/ui';
import { privacySentence } from './privacy';
import { SafeMarkdown } from './SafeMarkdown';
import './ai.css';

interface Streaming {
  requestId: string;
  text: string;
}

function OfflineTips() {
  const context = useQuery('ai:coach-context', {});
  const weakest = context.data?.weakAreas ?? [];
  return (
    <Card title="The coach needs AI" className="chat-off">
      <p data-testid="chat-off">
        AI is off, so the coach cannot chat. Turn on a provider in <a href="#/settings">Settings → AI</a>; until then
        nothing you write here is sent anywhere.
      </p>
      {weakest.length ? (
        <>
          <p className="setting-label">Tips from your practice (worked out on this computer)</p>
          <ul>
            {weakest.map((area) => (
              <li key={area.category}>
                {categoryLabel(area.category)}: average {Math.round(area.average)} over {area.answers}{' '}
                {area.answers === 1 ? 'answer' : 'answers'} — practise a few more of these.
              </li>
            ))}
          </ul>
          <a href="#/advisor">Open the Advisor for a plan</a>
        </>
      ) : (
        <p className="muted">Answer a few questions and the Advisor will suggest what to practise.</p>
      )}
    </Card>
  );
}

function Bubble({ message }: { message: Pick<ChatMessage, 'role' | 'content' | 'status'> }) {
  return (
    <li className={`chat-bubble chat-${message.role}`} data-status={message.status}>
      {message.role === 'assistant' ? <SafeMarkdown text={message.content} /> : <p>{message.content}</p>}
      {message.status === 'stopped' ? <p className="muted small">Stopped.</p> : null}
      {message.status === 'failed' ? <p className="muted small">The reply broke off here.</p> : null}
    </li>
  );
}

/** Chat with the coach: streamed replies, a Stop that cancels, the conversation kept on this computer. */
export function ChatScreen() {
  const status = useQuery('ai:status', {});
  const context = useQuery('ai:coach-context', {});
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [draft, setDraft] = useState('');
  const [streaming, setStreaming] = useState<Streaming | null>(null);
  const [error, setError] = useState<string>();
  const current = useRef<string | null>(null);
  const endRef = useRef<HTMLDivElement>(null);

  const loadHistory = async (id?: string): Promise<void> => {
    const history = await call('ai:chat-history', id ? { conversationId: id } : {});
    setConversationId(history.conversationId);
    setMessages(history.messages);
  };

  useEffect(() => {
    loadHistory().catch((err: unknown) => setError(errorMessage(err)));
    return bridge.on('ai:chat-token', (token) => {
      if (token.requestId !== current.current) return;
      setStreaming((s) => (s && s.requestId === token.requestId ? { ...s, text: s.text + token.text } : s));
    });
  }, []);

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length, streaming?.text]);

  const send = async (text: string, attachAttemptId?: string): Promise<void> => {
    const message = text.trim();
    if (!message || streaming) return;
    const requestId = crypto.randomUUID();
    current.current = requestId;
    setError(undefined);
    setDraft('');
    const optimistic: ChatMessage = {
      id: -Date.now(),
      role: 'user',
      content: message,
      status: 'complete',
      model: null,
      createdAt: new Date().toISOString(),
    };
    setMessages((list) => [...list, optimistic]);
    setStreaming({ requestId, text: '' });
    try {
      const result = await call('ai:chat-send', {
        requestId,
        message,
        ...(conversationId ? { conversationId } : {}),
        ...(attachAttemptId ? { attachAttemptId } : {}),
      });
      await loadHistory(result.conversationId);
    } catch (err) {
      setError(errorMessage(err));
      await loadHistory(conversationId ?? undefined).catch(() => undefined);
    } finally {
      current.current = null;
      setStreaming(null);
    }
  };

  const stop = (): void => {
    if (streaming) void call('ai:chat-stop', { requestId: streaming.requestId });
  };

  if (status.data && !status.data.enabled) {
    return (
      <div className="screen">
        <PageHeader title="Coach chat" subtitle="Ask for help, get quizzed, talk through an answer." />
        <OfflineTips />
      </div>
    );
  }

  const starters = [
    ...(context.data?.lastAttemptId
      ? [{ label: 'Help me improve my last answer', attach: context.data.lastAttemptId }]
      : []),
    { label: 'Quiz me on system design', attach: undefined },
    { label: 'What should I practise this week?', attach: undefined },
  ];

  return (
    <div className="screen chat-screen">
      <PageHeader
        title="Coach chat"
        subtitle="Ask for help, get quizzed, talk through an answer."
        actions={
          <Button
            variant="ghost"
            icon="plus"
            disabled={!!streaming}
            onClick={() => {
              setConversationId(null);
              setMessages([]);
            }}
          >
            New conversation
          </Button>
        }
      />
      <p className="muted small" data-testid="chat-privacy">
        <Icon name="lock" size={14} /> {privacySentence(status.data)} The coach gets your scores by category, not your
        answers, unless you choose &ldquo;Help me improve my last answer&rdquo;.
      </p>
      <Card className="chat-card">
        {messages.length === 0 && !streaming ? (
          <div className="chat-starters">
            {starters.map((starter) => (
              <Button key={starter.label} onClick={() => void send(starter.label, starter.attach)}>
                {starter.label}
              </Button>
            ))}
          </div>
        ) : null}
        <ol className="chat-log" aria-label="Conversation" aria-live="polite">
          {messages.map((message) => (
            <Bubble key={message.id} message={message} />
          ))}
          {streaming ? (
            <li className="chat-bubble chat-assistant is-streaming" data-testid="chat-streaming">
              {streaming.text ? <SafeMarkdown text={streaming.text} /> : <p className="muted">Thinking…</p>}
            </li>
          ) : null}
        </ol>
        <div ref={endRef} />
        {error ? <ErrorBanner message={error} /> : null}
        <form
          className="chat-form"
          onSubmit={(event) => {
            event.preventDefault();
            void send(draft);
          }}
        >
          <label className="field chat-input">
            <textarea
              aria-label="Message"
              rows={2}
              value={draft}
              placeholder="Ask the coach…"
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  void send(draft);
                }
              }}
            />
          </label>
          {streaming ? (
            <Button variant="danger" icon="stop" onClick={stop}>
              Stop
            </Button>
          ) : (
            <Button variant="primary" type="submit" disabled={!draft.trim()}>
              Send
            </Button>
          )}
        </form>
      </Card>
    </div>
  );
}
