/**
 * The slash commands kiji registers, as the JSON Discord stores. Base names
 * and descriptions are English (Discord shows them to every locale without a
 * translation); Japanese clients see the `ja` localisations. Option names may
 * be Japanese: Discord accepts any lowercase-or-uncased letters
 * (`^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$`), but interactions always
 * carry the base name, so the code only ever reads the English one.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { maxQuestionLength } from '../../core/index.ts';

export const commandNames = { ask: 'ask', sources: 'sources', help: 'help', askAbout: 'Ask kiji' } as const;
export const optionNames = { question: 'question', private: 'private' } as const;

/**
 * Installed to a server or to a user's own account (user install), usable in
 * servers, in DMs with the bot, and in other DMs and group DMs (where a
 * user-installed app's replies are visible to the people there).
 */
const reach = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} satisfies Partial<RESTPostAPIChatInputApplicationCommandsJSONBody>;

const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: optionNames.private,
  name_localizations: { ja: '自分だけに表示' },
  description: 'Show the answer only to you (default: everyone in the channel sees it)',
  description_localizations: { ja: '回答を自分だけに表示します（既定ではチャンネルの全員に表示）' },
  required: false,
} as const;

export const askCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: commandNames.ask,
  description: 'Ask a question about the news articles; the answer quotes them with sources',
  description_localizations: { ja: 'ニュース記事について質問します。記事からの引用と出典で答えます' },
  ...reach,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: optionNames.question,
      name_localizations: { ja: '質問' },
      description: 'What you want to know, e.g. Where did Wang Yi and Lavrov meet?',
      description_localizations: { ja: '知りたいこと（例：王毅外相とラブロフ外相はどこで会談しましたか）' },
      required: true,
      // Discord's client enforces this; the core still refuses longer text from anyone who bypasses it.
      max_length: maxQuestionLength,
    },
    privateOption,
  ],
};

export const sourcesCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: commandNames.sources,
  description: 'List the articles the bot answers from',
  description_localizations: { ja: '回答に使う記事の一覧を表示します' },
  ...reach,
  options: [privateOption],
};

export const helpCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: commandNames.help,
  name_localizations: { ja: 'ヘルプ' },
  description: 'What kiji does, how to ask it, and example questions from the articles',
  description_localizations: { ja: 'kiji の使い方と、記事から作った質問の例を表示します' },
  ...reach,
};

/** Right-click a message → Apps → 「kijiに聞く」: the message's text is asked. Context-menu names may have spaces and capitals. */
export const askAboutCommand: RESTPostAPIContextMenuApplicationCommandsJSONBody = {
  type: ApplicationCommandType.Message,
  name: commandNames.askAbout,
  name_localizations: { ja: 'kijiに聞く' },
  ...reach,
};

/** Everything `discord:register` sends, in one bulk overwrite. */
export const commands: RESTPostAPIApplicationCommandsJSONBody[] = [askCommand, sourcesCommand, helpCommand, askAboutCommand];
