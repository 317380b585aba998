/**
 * Typed gateway and REST payloads for the fake Discord, shaped like the real
 * ones (discord-api-types, re-exported by discord.js), so the discord.js Client
 * builds its real structures from them.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type APIChatInputApplicationCommandGuildInteraction,
  type ApplicationFlags,
  type ChannelFlags,
  type GuildMemberFlags,
  type APIEmbed,
  type APIMessage,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
} from 'discord.js';

/** Bit-flag enums have no member for "none"; Discord sends 0. */
function noFlags<Flags extends number>(): Flags {
  return 0 as Flags;
}

export interface FakeIds {
  applicationId: string;
  guildId: string;
  channelId: string;
}

export function botUser(ids: FakeIds): APIUser {
  return { id: ids.applicationId, username: 'kiji', discriminator: '0', global_name: 'kiji', avatar: null, bot: true };
}

export function readyPayload(ids: FakeIds, gatewayUrl: string): GatewayReadyDispatchData {
  return {
    v: 10,
    user: botUser(ids),
    // Unavailable at first, as on the real gateway; GUILD_CREATE fills it in.
    guilds: [{ id: ids.guildId, unavailable: true }],
    session_id: 'fake-session',
    resume_gateway_url: gatewayUrl,
    shard: [0, 1],
    application: { id: ids.applicationId, flags: noFlags<ApplicationFlags>(), flags_new: '0' },
  };
}

export function guildCreatePayload(ids: FakeIds): GatewayGuildCreateDispatchData {
  return {
    id: ids.guildId,
    name: 'kiji test server',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: '100000000000000001',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.Japanese,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: new Date(0).toISOString(),
    large: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [{ id: ids.channelId, type: ChannelType.GuildText, name: 'general', guild_id: ids.guildId, position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0, flags: noFlags<ChannelFlags>() }],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface AskInit {
  id: string;
  token: string;
  command: string;
  options: { name: string; value: string | boolean }[];
  userId: string;
  locale: Locale;
}

/** An INTERACTION_CREATE for a slash command typed in a server channel. */
export function commandInteraction(ids: FakeIds, init: AskInit): APIChatInputApplicationCommandGuildInteraction {
  const user: APIUser = { id: init.userId, username: `user${init.userId.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
  return {
    id: init.id,
    application_id: ids.applicationId,
    type: InteractionType.ApplicationCommand,
    token: init.token,
    version: 1,
    guild_id: ids.guildId,
    guild: { id: ids.guildId, features: [], locale: Locale.Japanese },
    channel: { id: ids.channelId, type: ChannelType.GuildText },
    channel_id: ids.channelId,
    member: {
      user,
      roles: [],
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: noFlags<GuildMemberFlags>(),
      permissions: '2248473465835073',
    },
    app_permissions: '2248473465835073',
    locale: init.locale,
    guild_locale: Locale.Japanese,
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: ids.guildId },
    context: InteractionContextType.Guild,
    data: {
      id: `${init.command}-command-id`,
      name: init.command,
      type: ApplicationCommandType.ChatInput,
      options: init.options.map((option) =>
        typeof option.value === 'string'
          ? { name: option.name, type: ApplicationCommandOptionType.String, value: option.value }
          : { name: option.name, type: ApplicationCommandOptionType.Boolean, value: option.value },
      ),
    },
  };
}

/** What Discord returns for a sent or edited interaction reply. */
export function messagePayload(ids: FakeIds, id: string, body: { content?: string; embeds?: APIEmbed[]; flags?: number }): APIMessage {
  return {
    id,
    channel_id: ids.channelId,
    author: botUser(ids),
    content: body.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: new Date().toISOString(),
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    pinned: false,
    type: MessageType.ChatInputCommand,
    flags: body.flags ?? 0,
    application_id: ids.applicationId,
    webhook_id: ids.applicationId,
  };
}
