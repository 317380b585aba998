/**
 * `npm run discord:register`: registers /ask, /sources, /help and the message
 * command 「kijiに聞く」, then prints the
 * invite link. Run it once after creating the application and again whenever
 * the commands change.
 */
import { loadDiscordConfig } from '../../config.ts';
import { loadEnvFile } from '../../env-file.ts';
import { reportStartupFailure } from '../shared/startup-failure.ts';
import { inviteUrl, registerCommands } from './register.ts';
import { loginError } from './startup-error.ts';

try {
  loadEnvFile(process.env);
  const config = loadDiscordConfig(process.env);
  const { scope, names } = await registerCommands(config).catch((error: unknown) => {
    throw loginError(error, config.apiUrl);
  });
  const where =
    scope === 'guild'
      ? `in server ${config.guildId} (available now)`
      : 'globally (can take up to an hour to appear; set DISCORD_GUILD_ID for instant testing)';
  process.stdout.write(
    [
      // Slash commands are lower case; the message command's name has a capital and a space.
      `Registered ${names.map((name) => (/^[a-z]/u.test(name) ? `/${name}` : `「${name}」`)).join(', ')} ${where}.`,
      '',
      'Invite the bot to a server (you need Manage Server there):',
      inviteUrl(config.applicationId),
      '',
    ].join('\n'),
  );
} catch (error) {
  // Config errors name the variable; platform errors say whether the token was refused or Discord unreachable.
  process.exitCode = reportStartupFailure('discord:register failed', error, process.stderr, process.env);
}
