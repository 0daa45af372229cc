/**
 * Who else an organization named in a deal's sentence may be than a party (src/deals/sentence-parties.ts, sentence-shape.ts):
 * the source that reports the sentence ("по данным акимата", "…, the Kazakh Invest national company said"), the exchange a
 * company files with, the facilitator that helped, the parent of a subsidiary, and the speaker whose role makes it a
 * party after all ("developer X said"). Lower case, as written.
 */

/**
 * Words that make a state body the reporter of what the sentence says, not a party to it: before the body ("по
 * данным акимата", "как сообщает пресс-служба акимата", "according to the Ministry of Energy") or after it
 * ("Облыс әкімдігінің баспасөз қызметінің хабарлауынша", "әкімдіктің мәліметінше"). Lower case; a phrase matches
 * the words right before or right after the body's name (spaces between).
 */
export const REPORTER_BEFORE: readonly string[] = [
  "по данным", "по информации", "по сообщению", "пресс-служба", "пресс-службы", "пресс-службе", "как сообщили в",
  "сообщили в", "according to", "according to the", "the press service of", "press service of",
  // other verbs of saying before where it was said ("Как пояснили в Министерстве индустрии, …") and the body's nationality
  // after "according to" ("according to the Kazakh Ministry of Energy")
  "пояснили в", "уточнили в", "подтвердили в", "напомнили в", "рассказали в", "отметили в", "заявили в", "сообщили во",
  "according to the kazakh", "according to kazakhstan's", "according to the chinese", "according to china's",
  "press service of the",

  // "…, деп хабарлады облыс әкімдігі"
  "деп хабарлады", "деп мәлімдеді", "деп хабарлайды", "деп жазады", "деп мәлімдейді",
  // a verb of saying after the comma that ends what the body reports ("…, сообщило Министерство энергетики", "…,
  // говорится в сообщении министерства")
  ", сообщило", ", сообщил", ", сообщила", ", сообщили", ", сообщает", ", сообщают", ", заявило", ", заявил", ", заявила",
  ", заявили", ", отметили в", ", уточнили в", ", говорится в сообщении", ", говорится в пресс-релизе",
];
/**
 * Words of a lead-in that says whose words a sentence gives, closed by a comma before the sentence's topic ("Мәлімдемеге
 * сәйкес, жоба …", "Әкімдіктің мәліметінше, жоба …", "По данным акимата, проект …", "According to the company, the project
 * …"): the topic after it is the sentence's first word all the same. Lower case; found anywhere in the lead-in.
 */
export const ATTRIBUTION_LEAD_INS: readonly string[] = [
  "сәйкес", "мәліметінше", "мәліметі бойынша", "хабарлауынша", "айтуынша", "сөзінше", "деректерінше", "дерегінше", "ақпаратынша",
  "по данным", "по словам", "по информации", "по сообщению", "как сообщает", "как сообщили", "как отметил", "как отметили",
  "according to", "as reported by",
];
/**
 * Before the exchange or regulator a company files with, which publishes what the company reports ("according to a
 * statement filed with the Shenzhen Stock Exchange", "в сообщении на бирже"): a source, whatever the organization.
 */
export const FILED_WITH_BEFORE: readonly string[] = [
  "filed with the", "filed with", "filing with the", "filing with", "filing to the", "disclosure to the", "disclosed to the",
  "published on the website of the", "сообщении на сайте", "сообщении на бирже", "раскрытии информации на",
];
/**
 * Words right before an organization that make it the deal's facilitator, not its party: the investment agency, the
 * akimat or the embassy that helped ("Соглашение подписано при содействии Kazakh Invest", "with the assistance of the
 * Kazakh Embassy"). Financing is no facilitation ("при финансовой поддержке" names a lender, a party). Lower case.
 */
export const FACILITATOR_BEFORE: readonly string[] = [
  "при содействии", "при посредничестве", "при поддержке", "при организационной поддержке",
  "with the assistance of the", "with the assistance of", "with the support of the", "with the support of", "facilitated by the",
  "facilitated by", "with the mediation of the", "with the mediation of", "brokered by the", "brokered by",
  "при сопровождении",
  // the organizer of an auction or a tender ("аукциона, проведенного ТОО «X»", "an auction held by X")
  "проведенного", "проведённого", "проведенном", "проведённом", "организованного", "организованном", "организатором которого выступило",
  "held by the", "held by", "organized by the", "organized by", "organised by the", "organised by", "run by the",
];
/** The same after the organization, in Kazakh ("Kazakh Invest-тің қолдауымен", "әкімдіктің жәрдемдесуімен"). Lower case. */
export const FACILITATOR_AFTER: readonly string[] = ["қолдауымен", "жәрдемдесуімен", "көмегімен", "делдалдығымен", "ықпалымен", "сүйемелдеуімен",
  // the organizer of an auction or a tender ("«X» ЖШС өткізген … аукционы", "«X» АҚ ұйымдастырған …")
  "өткізген", "ұйымдастырған", "өткізетін", "ұйымдастыратын"];
/**
 * The role of a company named as a speaker that makes it a party of what it says ("…, developer Arm Wind said", "…, сообщил
 * инвестор проекта ТОО «X»"): a developer or investor telling its own deal. Lower case, the word right before the name.
 */
export const SPEAKER_PARTY_ROLES: readonly string[] = [
  "developer", "investor", "operator", "owner", "buyer", "seller", "lender", "borrower", "contractor", "builder", "partner",
  "девелопер", "инвестор", "оператор", "застройщик", "подрядчик", "покупатель", "продавец", "заемщик", "заёмщик", "кредитор",
  "инвестор проекта", "әзірлеуші", "мердігер", "жоба инвесторы",
];
export const REPORTER_AFTER: readonly string[] = [
  // a headline that quotes a body ("Акимат Туркестанской области: в регионе будет построен завод …", "Минэнерго РК: …")
  ":",
  "баспасөз қызмет", "хабарлауынша", "хабарлағандай", "мәліметінше", "мәліметі бойынша", "деректерінше",
  "деректері бойынша", "press service", "пресс-служба",
  // where the body published it, and "according to its information" ("… әкімдігінің ресми сайтында жарияланған ақпаратқа
  // сәйкес", "… Telegram-арнасында жазылғандай", "… ақпаратына сәйкес", "… дерегіне қарағанда")
  "ресми сайтында", "сайтында", "telegram-арнасында", "телеграм-арнасында", "ақпаратына сәйкес", "ақпаратынша",
  "ақпараты бойынша", "ақпаратына сүйенсек", "дерегіне қарағанда", "деректеріне қарағанда", "дерегінше",
];
/**
 * Verbs of saying after a state body that stands after a comma, at the end of what it reports ("…, the energy ministry
 * said", "…, министерство сообщило"): the body reports it.
 */
/**
 * Verbs of saying right before a date (stems, lower case), with at most a preposition between ("the ministry said on
 * Tuesday that …", "министерство сообщило во вторник, что …"): the date is the report's, not a signing's, whatever
 * signing word follows. The words that may stand between, and an addressee after the verb ("told reporters on Monday").
 * The same verbs after a state body, before REPORTED_CLAUSE_OPENERS, make it the source of what it reports.
 */
export const REPORTING_VERBS_BEFORE_DATE: readonly string[] = [
  "said", "announced", "reported", "stated", "told", "noted", "confirmed", "explained", "added",
  "сообщил", "заявил", "рассказал", "отметил", "сообщает", "заявляет", "подтвердил", "уточнил", "пояснил", "напомнил",
  "добавил",
];
export const WORDS_BETWEEN_REPORT_AND_DATE: readonly string[] = ["on", "in", "во", "в", "reporters", "journalists", "журналистам"];
/**
 * What opens the clause a body reports after its verb of saying (REPORTING_VERBS_BEFORE_DATE): "Минэнерго РК сообщило,
 * что ТОО «X» завершило …", "the ministry said that X Co. will …". Lower case, after the verb's ending and spaces.
 */
export const REPORTED_CLAUSE_OPENERS: readonly string[] = [", что", "that", ", that", ":"];
/**
 * Words around an organization named as another's parent: before it ("Банк Развития Казахстана (дочерняя организация
 * холдинга «Байтерек»)", "X, a subsidiary of Y,") or after it ("«Бәйтерек» холдингінің еншілес ұйымы «X» АҚ"). The parent
 * is no party of the deal its subsidiary makes. Lower case; the words end right before the name, or start right after it.
 */
export const PARENT_BEFORE: readonly string[] = [
  "дочерняя организация", "дочерняя компания", "дочерней организации", "дочерней компании", "дочернее предприятие", "дочерняя",
  "дочерней", "дочернее", "входящая в", "входящее в", "входящий в", "входящей в", "входит в",
  // the group or holding named before the parent ("входит в группу Samruk-Kazyna", "входящее в структуру АО «Самрук-Энерго»")
  "входит в группу", "входит в холдинг", "входит в структуру", "входит в состав", "входящее в структуру", "входящая в структуру",
  "входящий в структуру", "входящее в группу", "входящая в группу", "входящий в группу", "входящее в холдинг", "входящая в холдинг",
  "входящий в холдинг", "в составе группы", "в составе холдинга", "входит в структуру холдинга",
  "a subsidiary of", "subsidiary of", "a unit of", "a division of", "an affiliate of", "part of",
];
/**
 * Possessives before such a word that make the name after it the subsidiary, not the parent: "объявила, что ее дочерняя
 * компания ТОО «X» вложит …" (X is the subsidiary, a party). Lower case, a whole word right before the PARENT_BEFORE words.
 */
export const SUBSIDIARY_POSSESSIVES: readonly string[] = ["ее", "её", "его", "их", "своя", "свою", "своей", "свое", "своё"];
export const PARENT_AFTER: readonly string[] = [
  "холдингінің еншілес", "тобының еншілес", "қорының еншілес", "компаниясының еншілес", "еншілес", "тобына кіретін",
  "холдингіне кіретін", "құрамына кіретін",
];

/** The prepositions that end REPORTER_BEFORE's words of where something was said ("сообщили в", "пояснили в"). */
export const REPORTER_PLACE_PREPOSITIONS: readonly string[] = ["в", "во"];

export const REPORTER_AFTER_COMMA: readonly string[] = ["said", "says", "reported", "announced", "told", "estimates", "estimated", "сообщил", "сообщает", "заявил"];
/**
 * What stands right before such a body: the comma, with or without an article ("…, the energy ministry said"); up to
 * REPORTER_WORDS_AFTER_COMMA words may stand between it and the body ("…, the Kazakh Ministry of Energy reported").
 */
export const REPORTER_COMMA_BEFORE: readonly string[] = [",", ", the"];
export const REPORTER_WORDS_AFTER_COMMA = 2;
