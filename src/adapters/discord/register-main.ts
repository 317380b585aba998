/**
 * `npm run discord:register`: registers /ask, /sources, /help and the message
 * command 「kijiに聞く」, then prints the
 * invite link. Run it once after creating the application and again whenever
 * the commands change.
 */
import { loadDiscordConfig } from '../../config.ts';
import { ConfigError } from '../../errors.ts';
import { inviteUrl, registerCommands } from './register.ts';

try {
  const config = loadDiscordConfig(process.env);
  const { scope, names } = await registerCommands(config);
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
  // Config errors name the variable; REST errors carry Discord's own message. Neither contains the token.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`discord:register failed: ${message}\n`);
  if (!(error instanceof ConfigError)) process.stderr.write('Check DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal).\n');
  process.exitCode = 1;
}
