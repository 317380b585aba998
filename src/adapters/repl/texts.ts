/**
 * What the REPL says besides answers, in Japanese and English. The shared
 * adapter messages (empty, too long, sources) live in ../shared/messages.ts.
 */
import type { ReloadReport } from '../../core/index.ts';

const seconds = (value: number) => value.toFixed(1);

export const replTexts = {
  ja: {
    banner: (articles: number, startup: number | null) =>
      `kiji: 記事${articles}件を読み込みました${startup === null ? '' : `（起動 ${seconds(startup)} 秒）`}。` +
      '記事について質問してください。:help でコマンド一覧、:quit で終了します。',
    skipped: (count: number) => `読み込めなかったファイル（${count}件）:`,
    help: [
      '記事について質問を入力すると、答えとなる文を「」で引用し、出典を示します。',
      '  :sources  読み込んでいる記事の一覧',
      '  :reload   記事フォルダーを読み直す',
      '  :new      前の質問を忘れて新しい話題にする（「それはいつ？」は直前の質問を踏まえて読みます）',
      '  :help     このヘルプ',
      '  :quit     終了（Ctrl-D でも終了します）',
    ].join('\n'),
    unknownCommand: (command: string) => `「${command}」というコマンドはありません。:help で一覧を表示します。`,
    reloaded: (report: ReloadReport) =>
      `読み直しました: 記事${report.articles}件・段落${report.passages}件` +
      `（追加${report.added}・変更${report.changed}・削除${report.removed}）、${seconds(report.seconds)} 秒。`,
    reloadFailed: (message: string) => `読み直しに失敗しました（${message}）。これまでの記事で答え続けます。`,
    forgotten: '前の質問を忘れました。新しい話題をどうぞ。',
    goodbye: 'さようなら。',
  },
  en: {
    banner: (articles: number, startup: number | null) =>
      `kiji: ${articles} article(s) loaded${startup === null ? '' : ` (started in ${seconds(startup)} s)`}. ` +
      'Ask about the articles. :help lists commands, :quit exits.',
    skipped: (count: number) => `Files that could not be read (${count}):`,
    help: [
      'Type a question about the articles: the answer quotes the sentences that answer it, in 「」, with their sources.',
      '  :sources  list the articles loaded',
      '  :reload   read the article folder again',
      '  :new      forget the earlier questions ("When was that?" is read with the last ones)',
      '  :help     this help',
      '  :quit     exit (Ctrl-D works too)',
    ].join('\n'),
    unknownCommand: (command: string) => `There is no command "${command}". :help lists them.`,
    reloaded: (report: ReloadReport) =>
      `Reloaded: ${report.articles} article(s), ${report.passages} passage(s) ` +
      `(${report.added} added, ${report.changed} changed, ${report.removed} removed) in ${seconds(report.seconds)} s.`,
    reloadFailed: (message: string) => `Reloading failed (${message}). Still answering from the articles loaded before.`,
    forgotten: 'Earlier questions forgotten. Ask about something new.',
    goodbye: 'Bye.',
  },
} as const;
