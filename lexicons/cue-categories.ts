/**
 * The categories of the cue words deal assembly reads (lexicons/deal-cues.*.ts hold each language's words for them):
 * document kinds, objects and verbs, the cues of statistics, totals and sums that are no deal's, and the shapes that open,
 * go on with or leave a deal. Each is documented where it is declared; src/deals/ reads them by name.
 */
export type CueCategory =
  // document kinds (the deal's `kind`)
  | "memorandum" | "agreement" | "framework_agreement" | "contract" | "protocol"
  /** a project noun */
  | "project"
  /** a plural project or document noun: the text speaks of several */
  | "plural"
  /** a facility: plant, station, factory, hotel… (a trigger together with a figure or a verb) */
  | "facility"
  /** construction, implementation, modernization */
  | "build"
  /** expanding: a trigger together with a facility ("зауытын кеңейтеді") */
  | "expand"
  /** opening: a trigger together with a facility ("откроет завод", "зауыт ашады", "will open a plant") */
  | "open"
  /** signing verbs and nouns */
  | "sign"
  /** launch / commissioning */
  | "launch"
  /** date roles */
  | "start" | "completion"
  /** the head of a capacity ("қуаты", "мощностью"): lets a sentence with no trigger add a capacity */
  | "measure"
  /** national or regional statistics, targets, FDI totals: such a sentence is not about a deal */
  | "statistic"
  /**
   * the whole country as the scope ("по стране", "across the country", "республика бойынша"): with no organization but a
   * state body, a national figure or target ("В целом по стране установленная мощность ВИЭ превышает 3 ГВт"), no deal's
   */
  | "national"
  /**
   * a past year's or an expected tally ("В прошлом году по итогам форума было подписано 37 соглашений …", "Last year, the
   * forum resulted in 47 agreements …", "Организаторы рассчитывают, что … объем подписанных документов превысит 5 млрд"):
   * with several documents or projects and no organization but a state body, a tally's background, no deal
   */
  | "background"
  /**
   * a flow into the country or a region, or its trade ("приток прямых инвестиций", "exports to China rose"): a statistic
   * when the sentence names no organization, facility or project ("Проект ТОО «X» обеспечит приток инвестиций" is a deal's)
   */
  | "flow"
  /**
   * a loan, or lending ("approved a $430 million loan", "will lend 3.1 billion yuan", "выделит кредит", "несие береді"):
   * with a sum and an organization, a financing agreement, unless the sentence names the project or facility it finances
   * (a project, whose lender is a party: "… a plant built with a loan from X")
   */
  | "loan"
  /**
   * approving ("одобрило проект", "approved the plan", "жобасын мақұлдады"): a state body that approves another
   * organization's project is no party of it
   */
  | "approve"
  /**
   * ratifying ("Мажилис ратифицировал соглашение между …", "Сенат ратификациялады", "The Senate ratified"): the chamber
   * named before the verb is no party of the document it ratifies; the document's own parties stay
   */
  | "ratify"
  /**
   * beginning to operate or produce ("начнет работу", "start operations", "жұмысын бастайды"): with "since" its date is
   * the completion all the same ("начнет работу с 2027 года"), where "с августа 2025 года … будет завершен" started then
   */
  | "begins"
  /** growth ("raising its capacity", "вырастет", "арттырылады"): with expand, a capacity from X to Y is its new figure Y */
  | "rise"
  /**
   * a figure cut ("сократилась с 40 до 32 млрд тенге", "қысқарды", "was cut to"): a sum from X to Y is its new figure Y, as
   * for growth, with Y the lower end
   */
  | "fall"
  /**
   * a date moved ("сроки перенесены на 2028 год", "postponed to 2028", "2028 жылға шегерілді"): the sentence's date
   * replaces the one its role had (the end of "from 2026 to 2028")
   */
  | "reschedule"
  /**
   * "one of" before a plural noun ("one of the flagship projects", "один из крупнейших проектов") or, in Kazakh, after
   * it ("ірі жобалардың бірі"): the noun classes one thing, the sentence speaks of one
   */
  | "oneOf"
  /**
   * progress of the works ("строительство завершено на 40%", "готовность – 74%", "74 percent complete", "74 пайызға
   * дайын"): a date of the sentence is when it stood so, not the completion
   */
  | "progress"
  /**
   * a production named as an activity ("производство гофрокартона", "қаптамасын шығару", "production of cables"): in a
   * list item that names a company, a dash and a sum or capacity ("ТОО «X» – производство кабеля, 12 млрд тенге;"), a
   * project (src/deals/features.ts, listItem)
   */
  | "activity"
  /**
   * a project given up ("отказалось от строительства", "контракт расторгнут", "жобадан бас тартты", "scrapped",
   * "cancelled") or put on hold ("приостановлено", "заморожен", "уақытша тоқтатылды", "suspended", "on hold"): the deal's
   * `status`
   */
  | "cancel" | "suspend"
  /**
   * an investor that left the project ("вышел из проекта", "жобадан шығып кетті", "withdrew from"): given up, unless a
   * sentence of the deal says it is on hold (the project goes on, looking for another investor)
   */
  | "withdraw"
  /**
   * a figure revised ("стоимость проекта была пересмотрена: теперь она составляет …", "по уточненным данным", "the cost was
   * revised to", "қайта қаралды"): the sentence's sum or jobs replace the deal's, as a date moved does
   */
  | "revise"
  /**
   * an industry named as a complex ("агроөнеркәсіп кешені", "агропромышленный комплекс", "топливно-энергетический комплекс",
   * "agro-industrial complex"): no facility (its "кешен", "комплекс", "complex" is none)
   */
  | "branch"
  /**
   * an office or a representative office opened ("opened an office in Almaty in 2024", "открыла представительство",
   * "өкілдігін ашты"): no plant opened (its "opened" is no completion)
   */
  | "office"
  /**
   * a reporting period ("results for the third quarter ended September 30", "the year ended December 31"): its end is no
   * completion (its "ended" is none)
   */
  | "period"
  /**
   * winning an auction or a tender ("X won 500 MW of wind capacity", "стало победителем аукциона", "жеңімпазы атанды"):
   * building, in a sentence with a figure or a facility (not "Students won the contest", nor the currency "won")
   */
  | "award"
  /**
   * the term of the works ("сроки – 2027–2029 годы", "іске асыру мерзімі – 2026-2028 жылдар", "timeline: 2026-2028"): a
   * period of years in its sentence is the deal's start and completion, as a building period is
   */
  | "term"
  /**
   * a wage ("средняя заработная плата составит 380 тыс. тенге", "орташа жалақы 350 мың теңге", "an average salary of
   * 400,000 tenge"): a sum after it in its clause is what one worker earns, no sum of a deal
   */
  | "wage"
  /**
   * taxes a project or a company pays ("Поступления в бюджет составят 5 млрд тенге в год", "Бюджет получит свыше 900 млрд
   * тенге налогов", "доначислены налоги на 8,7 млрд тенге", "will pay 40 billion tenge in taxes"): a sum beside it in its
   * clause is taxes, no deal's sum; the sentence may still go on with the deal (its jobs, its dates)
   */
  | "taxes"
  /**
   * a company's charter capital ("уставный капитал СП составит 2,4 млрд тенге", "жарғылық капиталы", "the charter capital
   * is 5 billion tenge", "increase the charter capital to 40 billion tenge"): a sum beside it in its clause is the
   * company's equity, no sum of its project; the sentence may still go on with the deal
   */
  | "capital"
  /**
   * a word of placing the object ("Предприятие разместится в …", "Кәсіпорын … орналасады", "The plant will be located in
   * …"): with the deal's object and no organization, the sentence goes on with the deal and says where it stands
   */
  | "located"
  /**
   * a figure of one unit of many ("турбин единичной мощностью 6,25 МВт", "по 4,2 МВт каждая", "12 turbines of 4.2 MW
   * each", "a unit capacity of 6.25 MW", "турбиналардың әрқайсысының қуаты 6,25 МВт"): a capacity beside it in its clause
   * is no capacity of the deal's object
   */
  | "perUnit"
  /**
   * a part of the deal's sum spent in a period ("В 2027–2028 годах на строительство будет направлено 500 млн долларов",
   * "In 2027-2028, $500 million will be spent on construction"): with a sum below the deal's, no party and no object of
   * its own, the deal's tranche, no deal of its own
   */
  | "tranche"
  /** a partner's contribution ("внесла 1,2 млрд тенге", "contributed 2.55 billion tenge"): beside `capital`, to the capital */
  | "contribution"
  /**
   * a payment made for the project, mostly by the state under a PPP ("Объем субсидий государства по проекту составит 3,2
   * млрд тенге в год", "the akimat will pay the concessionaire 2.3 billion tenge annually"): with `periodic` beside its
   * sum, a flow of payments, no deal's amount and no deal of its own
   */
  | "payment"
  /** a sum's period ("в год", "ежегодно", "annually", "жыл сайын"): see `payment` */
  | "periodic"
  /** financing a project ("will finance the project", "профинансирует", "жобаны қаржыландыруға"): a lender's part of it */
  | "finance"
  /**
   * an investment volume ("объем инвестиций"): a statistic, unless the sentence right after a deal
   * speaks of one project ("Объем инвестиций составит 120 млн долларов")
   */
  | "volume"
  /**
   * a budget's money or a state body's spending ("Из областного бюджета … выделено", "the republican budget provides",
   * "жол құрылысына 54 млрд теңге бөлуді мақұлдады", "the Ministry of Transport spent …"): with no company and no object of
   * its own (several objects, or none named), a budget line, not a deal
   */
  | "budget"
  /**
   * a person's career ("В 2018–2021 годах он возглавлял ТОО «X»", "he was the director of X LLP", "1978 жылы Атырауда
   * туған", "жобасына жетекшілік етті"): the projects a biography names are no deals of the news, its years no dates of them
   */
  | "career"
  /**
   * a crime, a damage or a seizure of assets ("выведены через фиктивные договоры", "6 млрд теңгені жымқыру", "мүлкіне
   * тыйым салынды", "embezzled"): its sums and contracts are no deals
   */
  | "crime"
  /**
   * an incident: a road or line closed, traffic stopped by the weather ("закрыты участки автодорог протяженностью 640 км",
   * "боранға байланысты … автожол жабылды", "closed to traffic"): its lengths and places are no project's
   */
  | "incident"
  /**
   * a company's results or spending plan: revenue, profit, dividends, capital expenditure ("Выручка ТОО «X» составила 70
   * млрд тенге", "the company plans capital expenditure of 95 billion tenge"): with a sum and no object, no deal's figure
   */
  | "results"
  /**
   * a generic or hypothetical object: "a typical 50 MW plant costs …", "any investor who wants to build …", "в среднем",
   * "кез келген инвестор": with no organization, no deal
   */
  | "hypothetical"
  /**
   * more of the same deal's money ("will invest a further 25 billion tenge", "қосымша 5 миллиард теңге салып",
   * "дополнительно вложит"; "another" before a sum): told of the deal's own party generically, it goes on with the deal
   */
  | "further"
  /**
   * a later phase of the deal's project ("The second phase, a weaving factory, is estimated at …", "на втором этапе",
   * "екінші кезеңде"): its object and sum are the project's part, no deal of their own, and its sum is not the deal's amount
   */
  | "phase"
  /**
   * a figure told as superseded ("Ранее стоимость оценивалась в 95 млрд тенге, теперь – 128 млрд", "вместо 300 млн …",
   * "бастапқыда", "originally"): in a sentence with two sums, the later one is the deal's
   */
  | "superseded"
  /**
   * a place abroad, in the locative ("Өзбекстанда", "в Узбекистане", "in Uzbekistan"): with a word of an earlier time
   * or of a project done, and no place of Kazakhstan, the company's record elsewhere ("Компания бұған дейін Өзбекстанда
   * … зауыт салған"), no deal here
   */
  | "abroad"
  /**
   * the buyer of a plant's output under an offtake or power purchase agreement ("The output will be purchased by X under a
   * 20-year power purchase agreement", "электроэнергию будет покупать РФЦ"): named right after the deal, its party
   */
  | "offtake"
  /**
   * the operator of the deal's object ("Оператором терминала станет СП ТОО «X»", "The terminal will be operated by X",
   * "Терминалдың операторы … болады"): named right after the deal with no figure of its own, its party
   */
  | "operator"
  /**
   * a dispute: a claim, a lawsuit, an arbitration, a penalty ("о взыскании 2,3 млрд тенге", "неустойки по контракту", "an
   * arbitration claim"): its sums and the contract it names are no deal
   */
  | "dispute"
  /**
   * a denial or a signing that did not happen ("опровергло информацию о том, что …", "не соответствует действительности",
   * "… деген ақпаратты жоққа шығарды", "қол қойылмаған", "denied reports that …", "has not signed any agreement"): the
   * sentence asserts no project and no document, whatever its figures, and its body is no party
   */
  | "denial"
  /**
   * a running tally of many projects ("Chinese companies are now carrying out about 80 projects", "на сегодняшний день
   * реализуется 80 проектов", "қазіргі уақытта 80 жоба жүзеге асырылуда", "Since 2018, auctions have selected 142
   * projects"): with a count of two or more and no organization named but a state body, a statistic
   */
  | "tally"
  /**
   * an instruction to bodies ("The Prime Minister instructed the Ministry of Industry and Kazakh Invest to set up a project
   * office", "Премьер-министр поручил …", "… тапсырды"): with no figure of its own, no deal of the instructed
   */
  | "instruct"
  /** a state body's spending or allocation ("spent", "бөлуді мақұлдады"): a budget line when a state body is named (see budget) */
  | "spend"
  /** realized, in the past ("іске асырылды", "реализовали", "implemented"): projects counted so are a tally */
  | "done"
  /** a total over several deals ("общая стоимость", "жалпы құны") */
  | "total"
  /** a first stage: its sum is not the deal's amount */
  | "stage"
  /**
   * "еще один", "тағы бір", "another", "meanwhile": a new deal starts; also "в частности", "in particular":
   * an item detailed after a package that carried no party (the package and its total go)
   */
  | "another"
  /**
   * "среди них", "олардың ішінде", "among them": an item of the package named before; a facility with its company in such
   * a sentence is a deal, whatever its verb ("Олардың ішінде «X» компаниясымен бірлесіп … зауыт бар")
   */
  | "among"
  /**
   * "separately", "отдельно", "бұдан бөлек": what follows is a deal of its own, not an item of the package
   * before it (the package keeps its total)
   */
  | "apart"
  /**
   * "Separately,", "Отдельно": a story of its own, as a wire service joins two: the deal takes no region from the rest
   * of the document (only what its own sentences name)
   */
  | "separately"
  /** "также", "сондай-ақ", "also": with a newly signed document, a new deal starts */
  | "also"
  /** ordinals ("первому", "екінші"): a new deal when a project or document noun follows */
  | "ordinal"
  /** "осы жоба", "этот проект", "құжат", "the plant": points back to the deal being described */
  | "anaphor"
  /**
   * a bare document noun ("құжатқа", "документ", "the document"): signed, it is the document kind named
   * before in the deal ("Меморандум предусматривает … Документ подписан" → memorandum)
   */
  | "document"
  /**
   * "бірлесіп", "совместно с", "jointly with": a partner named with the deal being described
   * ("Жоба «X» компаниясымен бірлесіп жүзеге асырылады") joins it
   */
  | "jointly"
  /**
   * an event right after an organization's name ("the Kazakhstan-China Business Council meeting", "заседании …",
   * "отырысында"): the organization is where the deal was signed, not a party
   */
  | "venue"
  /**
   * the frame a document was signed in, before the organization ("в рамках …", "on the sidelines of …"; a company named
   * right before the words is none: "Компания X в рамках визита подписала …") or after it ("… кеңесі аясында")
   */
  | "venueBefore" | "venueAfter"
  /**
   * what a project comprises ("предусматривает", "войдет в состав", "қамтиды", "includes"): with the project noun before
   * any new facility, the sentence tells a part of the deal's own project ("Проект предусматривает также систему
   * накопления энергии емкостью 60 МВт·ч"), not an object of its own
   */
  | "comprises"
  /** "бірқатар", "несколько": several, when a project or document noun follows */
  | "several"
  /**
   * buying or selling ("acquire", "приобрет", "сатып ал"): with a `stake` word in the same sentence, a stake changes
   * hands, an agreement ("agreed to buy a 49% stake in X for $310 million", "приобретет 30% акций")
   */
  | "transfer"
  /** a stake or shares in a company ("stake", "доля", "пакет акций", "үлес"): see `transfer` */
  | "stake"
  /**
   * a relative clause or an apposition about the company's other assets, opened after a comma and closed by one ("X, which
   * already operates a $400 million plant in Pavlodar, will build …", "X, которая уже управляет заводом в Павлодаре,
   * построит …"): its figures, places and dates are the background's, no deal's
   */
  | "aside"
  /**
   * a localization level, the share of the product made in the country ("Уровень локализации составит 40% к 2028 году",
   * "the localization level will reach 40 percent by 2027"): its clause's figures and dates are the share's, no deal's,
   * and the sentence, a detail of the project, keeps the deal in reach (it was a statistic, which ends it)
   */
  | "localization"
  /**
   * units retired ("will be decommissioned", "будут выведены из эксплуатации", "пайдаланудан шығарылады"): the figures and
   * dates of its clause are the old units', no deal's ("The old units with a total capacity of 75 MW will be dismantled")
   */
  | "retire"
  /**
   * what the deal's object takes in, its raw material or its power, and from where ("Сырье будет поступать с ГПЗ мощностью 6
   * млрд кубометров в год", "Зауытқа шикізат ретінде жылына 1,3 млрд текше метр этан беріледі", "The plant will use 200,000
   * tonnes of quartz sand a year"): the sentence's figures and dates measure the input or its source, no deal's
   */
  | "feedstock"
  /**
   * a comparison with another object ("Для сравнения, сухой порт «Хоргос» обработал 410 тысяч TEU", "…, что в два раза
   * больше, чем у элеватора …", "For comparison, …", "Салыстыру үшін, …"): the figures from its clause to the sentence's
   * end are the other object's, no deal's
   */
  | "comparison"
  /**
   * the seller of what a purchase bought, or the owner who keeps a stake ("Акциялардың сатушысы – «X» ЖШС", "Продавцом
   * выступает X", "The seller is X", "… компанияда 15 пайыз үлесін сақтап қалады", "X will retain a 10% stake"): a party
   * of the purchase told before, no deal of its own
   */
  | "seller"
  /**
   * a condition or a threat ("… may be withdrawn if construction does not resume by 2026", "Егер 2027 жылға дейін құрылыс
   * басталмаса …", "Если до 2026 года строительство не начнется, …"): its clause's figures and dates are the threat's
   * deadline, no plan of the deal
   */
  | "condition"
  /**
   * a portfolio of projects ("a portfolio of 120 investment projects worth $35 billion", "портфель из 120 проектов"): a
   * body's pool of many, no deal, unless documents are signed in the sentence ("17 documents were signed …, forming a
   * portfolio of projects": a package)
   */
  | "portfolio"
  /**
   * a signing to come ("На форуме планируется подписать соглашения на 800 млрд тенге", "Agreements worth $3 billion are
   * expected to be signed"): with no company, object or project named, an event's expected total, no deal
   */
  | "unsigned"
  /**
   * a delivery to come ("будут поставлены", "will be delivered", "жеткізіледі"): a date beside it is a batch's arrival, no
   * signing; a deadline ("до конца 2028 года", "by March 2027") the contract's completion
   */
  | "delivery"
  /**
   * the rest after a first stage or batch, its verb left out ("Первую партию заказчик получит в 2027 году, остальные – в
   * 2028 году", "the first batch in 2027 and the rest in 2028"): a later stage, whose date is the completion
   */
  | "rest"
  /**
   * the present state ("currently", "сейчас", "қазір"): a capacity said so, with no construction or launch word, is what
   * stands today, not what a deal that has its capacity already builds ("Сейчас мощность завода составляет 6 млн тонн")
   */
  | "current"
  /** a meeting's talk ("талқыланды", "обсудили", "discussed"): with a figure or an object, the deal of the company met before */
  | "discuss"
  /** support ("қолдайды", "поддержит", "will support"): state bodies that support a deal, with no figure, are not its parties */
  | "support"
  /**
   * supplying the equipment or building as the contractor ("Оборудование поставила китайская компания X", "The equipment
   * was supplied by X", "Мердігер ретінде «X» компаниясы таңдалды"): the company named so right after the deal, with no
   * figure, is its party
   */
  | "supply"
  /**
   * the deal's history ("Ранее …", "Напомним, …", "The deal follows a memorandum signed in 2023", "Бұған дейін …"): a
   * document signed then is an earlier one, whose date and kind are not the deal's
   */
  | "earlier"
  /**
   * a word for any deal ("deal", "сделка", "мәміле"), also listed as an agreement: a document of a specific kind
   * signed later in the deal ("signed a contract") is its kind
   */
  | "generic"
  /** nationality adjectives before a party */
  | "china" | "kazakhstan"
  /** blockers: longer words that must not be read as a shorter trigger */
  | "ignore";

export type CueLexicon = Partial<Record<CueCategory, readonly string[]>>;
