/**
 * English word forms for dictionary look-up: EDICT glosses are base forms
 * (meet, strengthening, minister), questions inflect them (met, strengthened,
 * ministers). A few irregular verbs, then the regular endings.
 */
const irregular: Record<string, string> = {
  met: 'meet', said: 'say', says: 'say', held: 'hold', took: 'take', taken: 'take', gave: 'give', given: 'give', made: 'make',
  went: 'go', gone: 'go', came: 'come', saw: 'see', seen: 'see', told: 'tell', spoke: 'speak', spoken: 'speak', led: 'lead',
  began: 'begin', begun: 'begin', brought: 'bring', thought: 'think', found: 'find', kept: 'keep', left: 'leave', put: 'put',
  sought: 'seek', won: 'win', lost: 'lose', chose: 'choose', chosen: 'choose', wrote: 'write', written: 'write', grew: 'grow',
  rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', stood: 'stand', sent: 'send', built: 'build', paid: 'pay',
  struck: 'strike', signed: 'sign', became: 'become', knew: 'know', known: 'know', meant: 'mean', set: 'set', ran: 'run',
  men: 'man', women: 'woman', people: 'people', children: 'child', countries: 'country', ties: 'tie', talks: 'talks',
  did: 'do', does: 'do', done: 'do', has: 'have', had: 'have', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be',
};

/** Look-up forms of a word, most likely first; the word itself always first. */
export function wordForms(word: string): string[] {
  const forms = [word];
  const add = (form: string) => {
    if (form.length >= 2 && !forms.includes(form)) forms.push(form);
  };
  const base = irregular[word];
  if (base) add(base);
  if (word.endsWith("'s")) add(word.slice(0, -2));
  // British spellings: EDICT writes organization, recognize.
  if (/is(?:e|ed|es|ing|ation|ations)$/u.test(word)) add(word.replace(/is(e|ed|es|ing|ation|ations)$/u, 'iz$1'));
  if (word.endsWith('our')) add(`${word.slice(0, -3)}or`);
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) {
    add(word.slice(0, -2));
    add(word.slice(0, -1));
    if (/([b-df-hj-np-tv-z])\1ed$/u.test(word)) add(word.slice(0, -3));
  }
  // Comparatives and superlatives: deeper → deep, closest → close; not beer → be, a verb that made "beer" a predicate.
  if ((/[^e]e(?:r|st)$/u.test(word) || /(?:er|est)$/u.test(word)) && word.replace(/(?:er|est)$/u, '').length >= 3) add(word.replace(/(?:er|est)$/u, ''));
  if (/ier$|iest$/u.test(word)) add(word.replace(/i(?:er|est)$/u, 'y'));
  if (word.endsWith('ly')) add(word.slice(0, -2));
  if (word.endsWith('ing')) {
    add(word.slice(0, -3));
    add(`${word.slice(0, -3)}e`);
    if (/([b-df-hj-np-tv-z])\1ing$/u.test(word)) add(word.slice(0, -4));
  }
  // Gendered and neutral forms of one office: EDICT may gloss only one (spokesperson, spokesman; chairperson, chairman).
  for (const form of [...forms]) {
    const office = /^(\w{3,}?)(persons?|people|wom[ae]n|m[ae]n)$/u.exec(form);
    if (!office) continue;
    const [, stem = '', ending = ''] = office;
    for (const other of ['person', 'man', 'woman']) if (other !== ending) add(`${stem}${other}`);
  }
  // British -ence where EDICT's fuller entry is the American -ense (licence → license: 許可).
  for (const form of [...forms]) if (form.endsWith('ence')) add(`${form.slice(0, -4)}ense`);
  return forms;
}

/**
 * Related forms tried when no inflection is in the dictionary: EDICT often
 * glosses the noun only (強化: strengthening; 協力: cooperation).
 */
export function relatedForms(word: string): string[] {
  const stem = word.replace(/e$/u, '');
  const forms = [`${word}ing`, `${stem}ing`, `${word}ment`, `${stem}ation`, `${stem}ion`, `${word}s`];
  // Peoples and adjectives of places name the place (Iranian → Iran, Russian → Russia, Chinese → China, Israeli → Israel).
  if (word.endsWith('ian')) forms.push(word.slice(0, -3), word.slice(0, -1), `${word.slice(0, -3)}a`);
  else if (word.endsWith('an')) forms.push(word.slice(0, -1));
  if (word.endsWith('ese')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}a`);
  if (word.endsWith('li')) forms.push(word.slice(0, -1));
  if (/[ae]ncy$/u.test(word)) forms.push(`${word.slice(0, -2)}t`);
  // Who does it names what is done (peacekeeper → peacekeeping: 平和維持).
  if (word.endsWith('er')) forms.push(`${word.slice(0, -2)}ing`);
  return forms;
}

/** Peoples whose place English names otherwise (Swiss: Switzerland). */
const irregularPeoples: Record<string, string> = {
  swiss: 'switzerland', emirati: 'united arab emirates', scottish: 'scotland', scots: 'scotland', cypriot: 'cyprus', dutch: 'netherlands', british: 'britain',
  peruvian: 'peru', thai: 'thailand', welsh: 'wales', irish: 'ireland', danish: 'denmark', swedish: 'sweden', finnish: 'finland', polish: 'poland',
};

/**
 * More places a capitalised people or adjective may name than relatedForms gives a common word (Qatari → Qatar,
 * Chilean → Chile, Moroccan → Morocco, Lebanese → Lebanon, Argentine → Argentina, Uzbek → Uzbekistan, New
 * Zealander → New Zealand, Swiss → Switzerland).
 */
export function placesOf(word: string): string[] {
  const forms: string[] = [];
  const irregular = irregularPeoples[word];
  if (irregular) forms.push(irregular);
  if (word.endsWith('ean')) forms.push(word.slice(0, -2));
  if (word.endsWith('an')) forms.push(`${word.slice(0, -2)}o`);
  // Qatari, Kuwaiti, Omani, Pakistani: four letters of place at least (Ali is no Al).
  if (/^[a-z]{3,}[^aeiou]i$/u.test(word)) forms.push(word.slice(0, -1));
  if (word.endsWith('ese')) forms.push(`${word.slice(0, -3)}on`);
  if (word.endsWith('ine')) forms.push(`${word.slice(0, -1)}a`);
  if (word.endsWith('er')) forms.push(word.slice(0, -2));
  if (/[^aeiou]$/u.test(word)) forms.push(`${word}istan`, `${word}stan`);
  return forms;
}

/** Nouns English makes from verbs irregularly (die → death): EDICT glosses the Japanese verbal noun by the noun (死去: death). */
const irregularNouns: Record<string, string[]> = {
  die: ['death'], bear: ['birth'], born: ['birth'], sell: ['sale'], choose: ['choice'], succeed: ['success'], grow: ['growth'],
  live: ['life'], speak: ['speech'], lose: ['loss'], fly: ['flight'], think: ['thought'], see: ['sight'], give: ['gift'],
  know: ['knowledge'], believe: ['belief'], prove: ['proof'], defend: ['defence', 'defense'], offend: ['offence', 'offense'],
  pay: ['payment'], withdraw: ['withdrawal'], try: ['trial', 'attempt'],
  enter: ['entry'], deliver: ['delivery'], discover: ['discovery'], recover: ['recovery'], fail: ['failure'],
  depart: ['departure'], sign: ['signing', 'signature'], marry: ['marriage'], carry: ['carriage'], analyse: ['analysis'],
  analyze: ['analysis'], emphasise: ['emphasis'], emphasize: ['emphasis'],
};

/**
 * Nouns made from a verb (marry → marriage, arrive → arrival, expand → expansion): the Japanese
 * verbal noun (結婚, 到着, 拡大) is glossed by them, and articles write the verbal noun.
 */
export function derivedNouns(word: string): string[] {
  const stem = word.replace(/e$/u, '');
  const y = word.replace(/y$/u, 'i');
  const forms = [...(irregularNouns[word] ?? []), `${word}ing`, `${stem}ing`, `${word}ment`, `${stem}ation`, `${stem}ion`, `${y}age`, `${stem}al`, `${stem}ure`, `${stem}ance`, `${stem}ence`];
  if (/d$/u.test(stem)) forms.push(`${stem.slice(0, -1)}sion`);
  if (/[^aeiou][aeiou][b-df-hj-np-tv-z]$/u.test(word)) forms.push(`${word}${word.at(-1)}ing`);
  return [...new Set(forms)].filter((form) => form !== word);
}
