import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, mrkdwnLink, questionFromSlackText } from '../../src/adapters/slack/mrkdwn.ts';

describe('escapeMrkdwn', () => {
  it('escapes exactly Slack’s three control characters', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> "quoted" 日本語')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; "quoted" 日本語');
  });
});

describe('mrkdwnLink', () => {
  it('links http(s) URLs and falls back to the label otherwise', () => {
    expect(mrkdwnLink('https://example.com/a', 'A & B')).toBe('<https://example.com/a|A &amp; B>');
    expect(mrkdwnLink(null, 'A')).toBe('A');
    expect(mrkdwnLink('javascript:alert(1)', 'A')).toBe('A');
    expect(mrkdwnLink('https://example.com/a b', 'A')).toBe('A');
  });
});

describe('questionFromSlackText', () => {
  it('drops the bot mention and keeps the question', () => {
    expect(questionFromSlackText('<@UBOT> 王毅外相は誰と会談した？', 'UBOT')).toBe('王毅外相は誰と会談した？');
    expect(questionFromSlackText('ねえ <@UBOT|kiji> G20では？', 'UBOT')).toBe('ねえ G20では？');
  });

  it('decodes the entities Slack escapes and turns markup into readable words', () => {
    expect(questionFromSlackText('BRICS &amp; SCO &lt;協力&gt;')).toBe('BRICS & SCO <協力>');
    expect(questionFromSlackText('<https://example.com|この記事> と <#C1|general> と <@U2|taro>')).toBe('この記事 と #general と @taro');
    expect(questionFromSlackText('<!channel> <@U123> ラブロフ')).toBe('ラブロフ');
    expect(questionFromSlackText('<https://example.com/x>')).toBe('https://example.com/x');
  });
});
