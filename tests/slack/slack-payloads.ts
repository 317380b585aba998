/**
 * Request bodies shaped like Slack's: a slash command (form-encoded), an
 * Events API callback (JSON) and a block action (form with a JSON `payload`).
 */
import { fakeIdentity } from './fake-slack-api.ts';

const team = fakeIdentity.team_id;
const appId = 'A0KIJI';
let counter = 0;

/** A unique Slack-style ts, e.g. 1750000000.000123. */
export function nextTs(): string {
  counter += 1;
  return `1750000000.${String(counter).padStart(6, '0')}`;
}

export function slashCommand(fields: { text: string; user?: string; channel?: string; responseUrl: string }): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: team,
    team_domain: 'kiji-test',
    channel_id: fields.channel ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: fields.user ?? 'U0ASKER',
    user_name: 'asker',
    command: '/ask',
    text: fields.text,
    api_app_id: appId,
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: `trigger.${nextTs()}`,
  }).toString();
}

export function eventCallback(event: Record<string, unknown>, eventId = `Ev${nextTs().replace('.', '')}`): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: team,
    api_app_id: appId,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1750000000,
    authorizations: [{ enterprise_id: null, team_id: team, user_id: fakeIdentity.user_id, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

export function appMention(fields: { text: string; channel?: string; user?: string; ts?: string; threadTs?: string }): Record<string, unknown> {
  const ts = fields.ts ?? nextTs();
  return {
    type: 'app_mention',
    user: fields.user ?? 'U0ASKER',
    text: fields.text,
    ts,
    ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
    channel: fields.channel ?? 'C0GENERAL',
    event_ts: ts,
  };
}

export function directMessage(fields: { text: string; channel?: string; user?: string; ts?: string; extra?: Record<string, unknown> }): Record<string, unknown> {
  const ts = fields.ts ?? nextTs();
  return {
    type: 'message',
    channel_type: 'im',
    channel: fields.channel ?? 'D0ASKER',
    user: fields.user ?? 'U0ASKER',
    text: fields.text,
    ts,
    event_ts: ts,
    ...fields.extra,
  };
}

export function shareClick(fields: { question: string; responseUrl: string; user?: string; channel?: string }): string {
  const payload = {
    type: 'block_actions',
    user: { id: fields.user ?? 'U0ASKER', username: 'asker', team_id: team },
    api_app_id: appId,
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: nextTs(), channel_id: fields.channel ?? 'C0GENERAL', is_ephemeral: true },
    trigger_id: `trigger.${nextTs()}`,
    team: { id: team, domain: 'kiji-test' },
    channel: { id: fields.channel ?? 'C0GENERAL', name: 'general' },
    response_url: fields.responseUrl,
    actions: [{ type: 'button', action_id: 'kiji_share', block_id: 'b1', text: { type: 'plain_text', text: 'チャンネルに投稿' }, value: fields.question, action_ts: '1750000000.1' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A click on a button of an answer (👍, 👎 …), as Slack posts it to the interactivity URL. */
export function buttonClick(fields: { actionId: string; value: string; responseUrl: string; user?: string; channel?: string; ephemeral?: boolean }): string {
  const payload = {
    type: 'block_actions',
    user: { id: fields.user ?? 'U0ASKER', username: 'asker', team_id: team },
    api_app_id: appId,
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: nextTs(), channel_id: fields.channel ?? 'C0GENERAL', is_ephemeral: fields.ephemeral ?? false },
    trigger_id: `trigger.${nextTs()}`,
    team: { id: team, domain: 'kiji-test' },
    channel: { id: fields.channel ?? 'C0GENERAL', name: 'general' },
    response_url: fields.responseUrl,
    actions: [{ type: 'button', action_id: fields.actionId, block_id: 'b1', text: { type: 'plain_text', text: 'button' }, value: fields.value, action_ts: '1750000000.1' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A modal sent (view_submission) or closed (view_closed, when notify_on_close was set). */
export function viewAction(fields: {
  type: 'view_submission' | 'view_closed';
  callbackId: string;
  privateMetadata: string;
  values?: Record<string, Record<string, { type: string; value: string | null }>>;
  user?: string;
}): string {
  const view = {
    id: 'V0MODAL01',
    team_id: team,
    type: 'modal',
    callback_id: fields.callbackId,
    private_metadata: fields.privateMetadata,
    state: { values: fields.values ?? {} },
    hash: '1750000000.abcdef',
    app_id: appId,
    bot_id: fakeIdentity.bot_id,
  };
  const payload = {
    type: fields.type,
    team: { id: team, domain: 'kiji-test' },
    user: { id: fields.user ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: team },
    api_app_id: appId,
    token: 'deprecated-verification-token',
    view,
    ...(fields.type === 'view_submission' ? { trigger_id: `trigger.${nextTs()}`, response_urls: [] } : { is_cleared: false }),
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function appHomeOpened(fields: { user?: string; tab?: 'home' | 'messages' } = {}): Record<string, unknown> {
  return { type: 'app_home_opened', user: fields.user ?? 'U0ASKER', channel: 'D0HOME', tab: fields.tab ?? 'home', event_ts: nextTs() };
}

export function assistantThreadStarted(fields: { channel: string; threadTs: string; user?: string }): Record<string, unknown> {
  return {
    type: 'assistant_thread_started',
    assistant_thread: { user_id: fields.user ?? 'U0ASKER', context: { channel_id: 'C0GENERAL', team_id: team, enterprise_id: null }, channel_id: fields.channel, thread_ts: fields.threadTs },
    event_ts: nextTs(),
  };
}
