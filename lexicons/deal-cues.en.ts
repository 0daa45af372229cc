/**
 * The English words deal assembly reads (see deal-triggers.ts for what an entry is and cue-categories.ts for each list).
 */
import type { CueLexicon } from "./deal-triggers.js";

/** Serial or begun output, which a plant's launch starts: a launch and its completion, as a launch word is. */
const EN_SERIAL_OUTPUT = ["serial production", "series production", "mass production", "started assembling", "began assembling", "started assembly",
  "began assembly", "has started production", "started production", "began production",
  // a plant starting up, a line starting to run, operations entered ("should start up in Q4 2026", "trains are expected
  // to start running in late 2027", "entered commercial operation")
  "=start up", "=starts up", "=started up", "start running", "started running", "entered operation", "entered commercial operation",
  "entered into operation", "went into operation", "began operation", "began operating", "began commercial operation"];
/** Past forms of a launch in English ("was commissioned"): a launch, its completion, and done. */
const EN_LAUNCHED = ["was commissioned", "has been commissioned", "have been commissioned", "was put into operation"];
/** Future forms of a launch in English ("will be commissioned"): a launch and its completion, longer than done's. */
const EN_TO_LAUNCH = ["will be commissioned", "to be commissioned", "will be launched", "to be launched"];

/**
 * Output as the subject of a verb of beginning ("Production is due to begin in Q4 2027", "where output is set to start
 * in 2028"): the plant's completion. Whole phrases, so that "begin" in them is no start cue of its own.
 */
const EN_OUTPUT_BEGINS = ["production", "output", "operations", "commercial production", "manufacturing", "assembly"].flatMap((subject) =>
  ["is due to", "is set to", "is expected to", "is scheduled to", "is planned to", "is slated to", "is to", "will", "should",
    "are due to", "are set to", "are expected to", "are scheduled to", "are planned to", "are to"].flatMap((link) =>
    ["begin", "start", "commence"].map((verb) => `${subject} ${link} ${verb}`)));

export const EN_DEAL_CUES: CueLexicon = {
  memorandum: ["memorandum", "=MoU", "=MoUs", "=MOU", "memoranda", "=the memorandum"],
  // "signed a $2 billion deal": a deal signed is an agreement
  agreement: ["agreement", "agreements", "=the agreement", "=deal", "=deals", "=the deal",
    // a credit line agreed is a financing agreement ("China Development Bank agreed on a $500 million credit line")
    "credit line", "line of credit",
    // an offtake agreement is an agreement too (its entry is also `offtake`, which the longer match keeps)
    "offtake agreement", "offtake agreements", "off-take agreement", "power purchase agreement", "power purchase agreements",
    "electricity purchase agreement", "supply agreement for the whole output", "supply agreement for the entire output"],
  generic: ["=deal", "=deals", "=the deal"],
  framework_agreement: ["framework agreement"],
  // (whole words: "contractor" names a party, not the document)
  contract: ["=contract", "=contracts", "=the contract",
    // (an offtake contract is a contract too, as the offtake agreement an agreement)
    "offtake contract", "off-take contract",
    // a subsoil-use licence granted (its holder commits to invest: a state contract in all but name; not one received, "X
    // received a licence", which any company's news tells of any licence)
    "granted a licence", "granted a license",
    "subsoil use licence", "subsoil use license", "subsoil-use licence", "subsoil-use license", "mining licence", "mining license",
    "exploration licence", "exploration license", "production licence", "production license"],
  protocol: ["protocol"],
  // a joint venture set up is a project ("will set up a joint venture", "the JV will produce …")
  project: [
    // a company's production expanded, its project ("will expand production for $300 million"; also `expand`)
    "expand production", "expand output", "expansion of production", "production expansion", "expand its production",
    "expand its output",
    "project", "projects", "=this project", "=the project", "joint venture", "=JV",
    // (also `jointly`, as the Russian)
    "partner in the project", "the project's partner", "partner of the project"],
  plural: ["projects", "memoranda", "=MoUs", "agreements", "contracts", "=deals", "offtake agreements", "power purchase agreements",
    // both or all of the deals told ("Both projects will create 300 jobs", "Together they will employ …")
    "both projects", "both plants", "=together they", "=combined,", "both stations", "both farms", "both facilities", "both factories",
    "both power plants", "both wind farms", "both solar plants"],
  facility: [
    // a cluster of plants ("will build a textile cluster"; "the cluster" is its anaphor)
    "=cluster",
    // a resort and the parks a company builds or is given land for ("for a ski resort worth $1.5 billion", "a business park
    // worth $150 million"); not a park alone (a city's), nor an industrial park or a technopark, where plants stand
    // ("to be built … within the National Industrial Petrochemical Technopark")
    "=resort", "=resorts", "ski resort", "business park", "amusement park", "theme park", "=glamping",
    // centres and the like a company opens or invests in ("invested €4.8 million in a service centre")
    "service centre", "service center", "medical centre", "medical center", "training centre", "training center",
    "research centre", "research center", "shopping centre", "shopping center", "shopping mall", "=showroom",
    // power lines and pipelines built or upgraded ("will upgrade the North-South power line for KZT 50 billion")
    "power line", "transmission line", "substation",
    // railways, roads, pipelines and airports built ("will build an 85 km railway line", "a 300 km gas pipeline"; not
    // "railway" alone, the last word of railway companies' names: "China Railway will build …")
    "railway line", "rail line", "railway section", "rail link", "railway link", "pipeline", "=highway", "=motorway", "=airport", "dry port",
    // an ore concentrator ("invested $540 million in a new concentrator")
    "concentrator", "processing plant",
    // farms, greenhouses, feedlots, slaughterhouses and grain elevators ("a KZT 12 billion dairy farm by X LLP")
    "=farm", "=farms", "dairy farm", "poultry farm", "greenhouse", "feedlot", "slaughterhouse", "abattoir", "grain elevator",
    // units and lines of a plant ("is investing $300 million in a new power unit at Ekibastuz GRES-1", "a new production line")
    "power unit", "production line", "assembly line", "workshop",
    // combined heat and power and thermal plants named by their abbreviations ("will expand the Aktobe CHP by 120 MW")
    "=CHP", "=TPP", "=GRES", "=HPP", "=CHPP", "blast furnace", "=furnace", "=kiln",
    "=depot", "=depots", "plant", "power plant", "power station", "factory", "station", "=mill", "refinery", "complex", "terminal", "hotel", "=mine", "smelter", "facility", "wind farm", "solar farm", "data center", "data centre", "warehouse",
    "=the plant", "=this plant", "=the facility", "=the factory",
    "shopping center", "shopping centre", "shopping mall", "business center", "business centre",
    "logistics hub", "transport hub", "logistics centre", "logistics center", "distribution centre", "distribution center",
  ],
  build: [
    "construct", "=build", "=builds", "=building", "=built", "implement", "moderniz", "modernis", "=develop", "=develops",
    // rebuilding what stands ("will reconstruct a 212-km road", "the renovation of the hospital"; not a repair, the upkeep of
    // what stands)
    "reconstruct", "renovat", "rehabilitat", "=overhaul",
    "=developing", "implemented", "investment decision",
    // a project's works to come ("will be carried out with Harbin Electric between 2026 and 2028"; not past checks)
    "=will be carried out", "=is being carried out", "=to be carried out",
    // a new object announced ("Anadolu Süt also announced a cheese factory in Taraz"), its plan
    "=announced a", "=announced an", "=announced plans", "=announced the construction", "=unveiled plans",
    // a company that became a resident of a special economic zone or an industrial park brings its project there
    "became a resident", "become a resident", "becomes a resident", "resident status", "registered as a resident",
    // laying the foundation is building ("laid the foundation stone of a … center")
    "laid the foundation", "foundation stone", "groundbreaking",
    "=broke ground", "=break ground", "=breaks ground", "=breaking ground", "=broken ground",
    // to come, not done: the longest entry wins over done's "implemented"
    "will be implemented", "to be implemented", "would be implemented",
    // investing in something to come ("will invest", "plans to invest", "invests"); a past "invested" is often a statistic
    "=invest", "=invests", "=is investing", "=are investing",
    // setting up or localizing a production ("will localize the production of cars", "set up production")
    "localiz", "localis", "set up production", "establish production", "set up the production", "establish the production",
    // assembling or manufacturing a product to come, and a production named by its product ("will assemble battery packs",
    // "plans to manufacture batteries", "will set up battery pack production")
    "=will assemble", "=to assemble", "=will manufacture", "=to manufacture", "=will set up", "=to set up", "=will launch production",
    "=to launch production", "=will organize production", "=will organise production",
  ],
  done: ["implemented", "were launched", "were commissioned", "were put into operation", ...EN_LAUNCHED],
  expand: ["=expand", "=expands", "=expanding", "=expanded", "=upgrade", "=upgrades",
    "expand production", "expand output", "expansion of production", "production expansion", "expand its production",
    "expand its output"],
  open: ["=open", "=opens", "=opening", "=opened", "=will open", "=to open", "=will be opened", "=to be opened", "=was opened"],
  // (and the filing's words for it: "entered into an investment agreement", "concluded a contract", "sealed a deal")
  sign: ["=sign", "=signs", "=signed", "=signing", "=inked", "=entered into", "=enters into", "=has entered into", "=concluded",
    "=concludes", "=executed", "=sealed", "=seals", "=struck"],
  // (a past launch is also `done`: the longest entry wins, so it is listed in both)
  launch: [
    "launch", "commission", "put into operation", "come online", "=opens", "=opened", "were launched", "were commissioned", "were put into operation",
    ...EN_LAUNCHED, ...EN_TO_LAUNCH, ...EN_SERIAL_OUTPUT,
  ],
  start: ["=start", "=starts", "=started", "=begin", "=begins", "=began", "commence", "groundbreaking",
    "=broke ground", "=break ground", "=breaks ground", "=breaking ground", "=broken ground",
    "laid the foundation", "foundation stone", "first stone", "time capsule"],
  measure: ["capacity", "=output", "=produce", "=produces", "=producing", "=process", "=processes", "=processing", "=handle", "=handles", "=handling",
    // power generated a year ("will generate 500 GWh of electricity per year")
    "=generate", "=generates", "=generating",
    // a linear object's length ("The line will be 512 km long", "The length of the pipeline is 604 km")
    "=long", "=length", "km long", "kilometres long", "kilometers long", "km line", "km pipeline", "km road", "km railway",
    // what a farm, a greenhouse, a meat plant or a smelter yields a year ("will grow up to 12,000 tonnes of vegetables a year")
    "=grow", "=grows", "=slaughter", "=slaughters", "=smelt", "=smelts"],
  completion: [
    // a purchase's closing ("The deal is expected to close in the first quarter of 2026", "closing is expected in …")
    "=to close", "=will close", "=closed in", "=closing of the deal", "=closing of the transaction", "=the closing", "=closing is expected",
    // a hotel or resort that receives its first guests ("will receive its first guests in 2027", "the first guests are
    // expected in the 2027/28 season"), a mine its first metal ("the first tonne of copper is expected in 2027")
    "first guests", "first tourists", "first visitors", "welcome tourists", "welcome guests", "first tonne", "first metal",
    "first copper", "first gold",
    // a hospital's first patients, a farm's first milk, a plant's first output expected ("The first patients are expected
    // in 2028", "the first milk is expected in 2027"), an opening it should see ("the hospital should open in 2028"),
    // building that ends ("Construction will begin in 2026 and end in 2027")
    "first patients", "first milk", "first output", "first products", "first batch", "=should open", "=should be opened",
    "=end in", "=ends in", "=be finished",
    // opened, or began to operate, in the past ("The plant was opened on November 18", "started operations in October")
    "=opened", "=was opened", "started operations", "started operating", "began operations",
    // ready by a date ("The complex should be ready by the end of 2028", "will be ready in 2028")
    "=be ready", "=is ready", "=will be ready",
    "complet", "commission", "put into operation", "come online", "=operational", "launch", "=to open", "=to be opened",
    "were launched", "were commissioned", "were put into operation", ...EN_LAUNCHED, ...EN_TO_LAUNCH, ...EN_SERIAL_OUTPUT,
    "=will open", "=will be opened", "=opens", "=opening",
    // the start of output dates a plant's completion ("… and production in the second half of 2027", "production is due
    // to start in 2027"), as "начнет выпуск" and "өндіріс басталады" do
    "production in", "production is due", "production is expected", "production will", "start production", "begin production",
    // commercial operation begun ("commercial operations are expected to start in Q4 2027", "Operations are set to begin by 2030")
    "commercial operation", "commercial operations", "commercial operations to start", "commercial operation to start",
    "commercial operations to begin", "commercial operation to begin", "operations to start", "operations to begin", "operations are set to begin",
    "operations will start", "operations will begin", "start operations", "begin operations", "first concentrate", "first production",
    "start of production", "production start",
    // a plant connected to the grid is one commissioned ("the first turbines are expected to be connected to the grid by mid-2026")
    "connected to the grid", "connected to the power grid", "connected to the national grid", "grid connection", "connection to the grid",
    "=finish", "=finishes", "=finished", "=ends", "=ended", // "construction starts in 2026 and ends in 2028" (not "=end": "by the end of")
    "design capacity", "full capacity",
    // starting to operate is being completed ("is expected to start operations in 2027")
    "start operations", "begin operations", "commence operations", "start operating", "begin operating",
    // (the singular too: "The plant is scheduled to start operation in 2027")
    "start operation", "begin operation", "commence operation",
    "go online", "goes online", "due online", "brought online", "come on stream", "due on stream",
    "start production", "begin production", "commence production", "start producing", "begin producing",
    // production as the subject ("Production is expected to start in late 2026")
    "production will start", "production will begin", "production is expected to start", "production is expected to begin",
    "production is scheduled to start", "production is scheduled to begin", "production is due to start",
    "production is planned to start", "operations will start", "operations will begin", "operations are expected to start",
    ...EN_OUTPUT_BEGINS,
    // the first output of a plant or field dates its completion
    "first power", "first oil", "first gas", "first production", "first output",
  ],
  background: ["=last year", "=last year's", "=the year before", "=are expected to be signed", "=expected to sign", "=is expected to exceed",
    "=are expected to exceed", "=forecast",
    // a region's plan of several projects ("In 2026, the region plans to implement 46 projects worth 640 billion tenge",
    // "Next year, 25 investment projects … are to be launched in the Pavlodar region")
    "=region plans to", "=region intends to", "=region expects to", "=region aims to", "=akimat plans to", "=akimat intends to",
    "=akimat expects to", "=expects to attract", "=plans to attract", "=intends to attract", "=are to be launched",
    "=are to be implemented", "=next year"],
  national: ["across the country", "=nationwide", "=countrywide", "throughout the country", "across kazakhstan", "all over the country",
    // the country's stock as the subject ("Kazakhstan has 147 renewable energy facilities with a total capacity of 2,903 MW",
    // "Wind farms in Kazakhstan generated 6.1 billion kWh last year")
    "=kazakhstan has", "=kazakhstan now has", "=kazakhstan currently has", "=kazakhstan had", "=the country has", "=the country now has",
    "=in kazakhstan generated", "=in kazakhstan produced", "=in the country generated", "=in the country produced",
    // facilities at work across the country ("147 … facilities with a total capacity of 2,903 MW operate in the country")
    "=operate in the country", "=operating in the country", "=operate in kazakhstan", "=operating in kazakhstan"],
  statistic: [
    // the economy's own growth and prices ("Kazakhstan's gross domestic product grew by 6.3%", "inflation slowed to 11.8%")
    "gross domestic product", "=GDP", "economic growth", "=inflation",
    // the central bank's and the funds' market operations ("The National Bank sold $420 million of foreign currency from
    // the National Fund", "The pension fund bought bonds of X JSC worth 12 billion tenge")
    "from the National Fund", "for the National Fund", "of foreign currency", "sold foreign currency", "currency sales",
    "bought bonds", "purchased bonds",
    // the country's own output or trade, its subject ("Kazakhstan produced 59.1 bcm of raw gas in 2025")
    "Kazakhstan produced", "Kazakhstan mined", "Kazakhstan exported", "Kazakhstan imported", "Kazakhstan consumed",
    "the country produced", "the country mined", "the country exported", "the country imported",
    // the size of a market ("We estimate the domestic cement market at $810 million", "объем рынка …", "нарық көлемі …")
    "market at", "market size", "size of the market", "market is worth", "market was worth", "market is valued", "market was valued", "market value of", "market worth",
    "over the past", "in the past", "since the beginning", "foreign direct investment", "=FDI", "trade turnover",
    // investment in fixed capital, a period summed up ("Investment in fixed capital in the region reached …", "the akimat
    // summed up the results of …")
    "in fixed capital", "fixed capital investment", "fixed-capital investment", "summed up", "sums up",
    "=target", "=targets", "indicator", "must attract", "aims to attract", "should attract",
    // investment a region or a country attracted is its tally ("In 2024, the region attracted 400 billion tenge")
    "region attracted", "regions attracted", "oblast attracted", "province attracted", "country attracted",
    "region has attracted", "oblast has attracted", "country has attracted", "Kazakhstan attracted", "Kazakhstan has attracted",
    "attracted to the region", "attracted into the region",
    "attracted to the country", "attracted into the economy", "attracted to the economy",
    // a special economic zone's or an industrial park's tally since it opened
    "zone has attracted", "zones have attracted", "park has attracted", "parks have attracted", "since its launch",
    "since its creation", "since its establishment", "since its inception",
    // what a running business sold or earned, not what it invests
    "products worth", "sold products", "net profit", "=revenue", "=revenues", "sales of",
    // a bank's lending as a whole
    "loan portfolio", "lending portfolio",
    // the country's portfolio of projects, a national tally ("Kazakhstan is implementing 224 joint projects with China")
    "Kazakhstan is implementing", "are being implemented in Kazakhstan", "are under way in Kazakhstan",
    // the country's own capacity or portfolio, its subject ("The country's installed generating capacity reached 24.6 GW",
    // "Kazakhstan's total renewable capacity reached 3.4 GW last year")
    "the country's installed", "the country's total", "the country's generating", "the country's renewable",
    "Kazakhstan's installed", "Kazakhstan's total", "Kazakhstan's generating", "Kazakhstan's renewable",
    "installed generating capacity", "national generating capacity", "investment portfolio",
  ],
  flow: [
    // flows into the country and its trade, tallies of a period ("Chinese direct investment in Kazakhstan reached $2.1
    // billion", "wheat exports to China rose to 1.2 million tonnes"; not a bare "exports": "to boost exports")
    "direct investment in", "direct investments in", "direct investment into", "direct investment from", "investment inflow",
    // goods bought abroad, the country's import bill ("Kazakhstan imports glass worth 40 billion tenge a year")
    "=imports", "=is imported", "=are imported", "=was imported", "bought abroad", "buys abroad", "=import bill",
    "investment inflows", "inflow of investment", "inflows of investment", "inflow of foreign", "inflows of foreign",
    "exports to", "exports from", "exports rose", "exports grew", "exports increased", "exports reached", "exports amounted",
    "imports from", "imports rose", "imports grew", "imports reached",
  ],
  career: ["=he was the", "=she was the", "=he headed", "=she headed", "=he led", "=she led", "=he oversaw", "=she oversaw",
    "=he served", "=she served", "previously served", "=was born", "graduated from", "=he also headed", "=he also led",
    "=his predecessor", "=her predecessor", "under his leadership", "under her leadership"],
  crime: ["embezzl", "fictitious", "fraudulent", "=fraud", "=bribe", "=bribes", "=bribery", "criminal case", "misappropriat",
    "=stolen", "=seized", "=laundering", "damage to the state", "=stole", "=steal", "=defendant", "=defendants",
    "=suspect", "=suspects", "=the damage", "damage from", "damage is estimated", "damage was estimated", "=fake",
    // money an official took for an act of office, a cost inflated ("received money from X for awarding contracts")
    "received money from", "for awarding contracts", "for awarding a contract", "for awarding the contract", "on suspicion of",
    "inflated the cost", "inflating the cost"],
  incident: ["a fire broke out", "fire broke out", "caught fire", "the blaze", "damage is estimated", "the damage is", "were evacuated", "was evacuated",
    "closed to traffic", "traffic was suspended", "traffic has been suspended", "traffic was restricted",
    "=blizzard", "=snowstorm", "snowfall", "heavy snow", "due to the storm", "due to bad weather", "were closed to",
    "was closed to",
    // an outage or a repair stop of a plant that stands ("Power outages hit Ekibastuz", "was stopped for repairs")
    "power outage", "=outages", "=blackout", "stopped for repairs", "shut down for repairs", "emergency shutdown"],
  results: ["=revenue", "=revenues", "net profit", "net income", "=profit", "=profits", "operating profit", "=ebitda", "=dividend",
    "=dividends", "capital expenditure", "capital expenditures", "=capex", "investment programme", "investment program",
    // a company's valuation or a market's size, and the works a contractor did in a year
    "=valuation", "valuation of", "market capitalisation", "market capitalization", "market value", "market size",
    "market was worth", "volume of work", "volume of works"],
  hypothetical: ["=a typical", "=typically", "=any investor", "=any company", "=in theory", "=theoretically", "=on average",
    // another object like the deal's, recalled ("Back in 2015, the akimat wanted to invest 8 billion tenge in a similar marina")
    "=a similar", "=in a similar",
    "=hypothetical",
    // an object not ruled out, no more ("The company does not rule out a 50 MW solar plant"; not "is also considering a
    // second site, where it plans to build …", a plan of its own)
    "=does not rule out", "=do not rule out"],
  denial: ["=denied", "=denies", "=deny", "=refuted", "=refutes", "=dismissed reports", "=are not true", "=is not true", "=was not true",
    "=are false", "=is false", "=untrue", "has not signed", "have not signed", "had not signed", "did not sign", "no agreements have been signed",
    "no agreement has been signed", "=rumours", "=rumors"],
  tally: ["=to date", "=so far", "=currently", "=are now", "=is now", "=implementing", "carrying out", "=portfolio", "=since",
    "=have been selected", "=have selected", "=has selected", "over the years", "in recent years"],
  dispute: ["=lawsuit", "=sued", "=sues", "arbitration claim", "=arbitration", "filed a claim", "=accuses",
    "=accused", "=penalty", "=penalties", "compensation of", "court ruled", "court ordered",
    // damages claimed or recovered under an old contract ("claimed $820 million in damages", "is seeking $1.1 billion in
    // compensation", "The … Court recovered 3.2 billion tenge from X")
    "=in damages", "=in compensation", "=damages", "=recovered", "=unlawfully terminated", "=illegally revoked",
    "=the claimant", "=the respondent", "=tribunal", "=ordered to pay"],
  instruct: ["=instructed", "=instructs", "=tasked", "=ordered"],
  budget: ["=budget", "=budgets", "budget funds", "capital spending"],
  spend: ["=spent", "=allocated", "=earmarked", "is provided for", "are provided for"],
  volume: [
    "investment volume", "volume of investment", "total investment", "total investments",
  ],
  total: ["total", "=combined", "overall", "in total", "altogether"],
  stage: ["first phase", "first stage", "phase one", "initial phase", "first tranche",
    // the first batch of a delivery (also `delivery`)
    "first batch"],
  among: ["among them", "among those", "one of them", "these include", "they include", "those include"],
  phase: ["second phase", "second stage", "phase two", "phase ii", "third phase", "third stage", "phase three", "next phase",
    "next stage", "final phase", "final stage", "second tranche",
    // a plant's later unit or line ("The second unit is scheduled for completion in 2028": its completion the project's,
    // after the first unit's)
    "second unit", "second power unit", "second line", "third unit"],
  superseded: ["=originally", "=initially", "=previously", "instead of", "=earlier"],
  abroad: ["in uzbekistan", "in kyrgyzstan", "in tajikistan", "in turkmenistan", "in russia", "in china", "in pakistan",
    "in turkey", "in azerbaijan", "in mongolia", "in georgia", "in belarus", "in africa", "in indonesia", "in vietnam"],
  offtake: ["will be purchased by", "will buy the electricity", "will buy the power", "will buy the output", "offtake agreement", "offtake contract", "off-take agreement", "off-take contract", "supply agreement for the whole output", "supply agreement for the entire output",
    // (a power purchase agreement buys a plant's output: no purchase of a company, `transfer`)
    "power purchase agreement", "power purchase agreements", "electricity purchase agreement"],
  further: ["=a further", "=further", "=additional", "=an additional"],
  another: [
    // the items of a list an official gives in words ("Secondly, an elevator will be built in Petropavl …")
    "=secondly", "=thirdly", "=fourthly",
    "another", "one more", "=meanwhile", "separately", "in particular", "among them", "among those", "one of them",
    "the largest deal", "the biggest deal", "=the largest,", "=the biggest,", "the largest agreement", "the biggest agreement", "in a separate deal",
    "under a separate agreement",
    // the largest items of a package ("Among the largest, …", "The biggest of them …")
    "among the largest", "among the biggest", "among the major", "the largest of them", "the biggest of them",
    "one of the largest", "one of the biggest",
  ],
  also: ["=also", "in addition", "=besides", "=additionally"],
  apart: ["separately", "in addition", "=besides", "=additionally"],
  separately: ["separately"],
  ordinal: ["=first", "=second", "=third", "=fourth", "=fifth"],
  anaphor: [
    "=this project", "=the project", "=the plant", "=this plant", "=the facility", "=the factory", "=the document",
    "=the smelter", "=the complex", "=the cluster", "=the hub", "=the mill", "=the station", "=the wind farm", "=the data centre",
    "=the data center",
    "=the agreement", "=the memorandum", "=the contract", "=the company", "=the deal", "=this deal",
  ],
  document: ["=document", "=documents", "=the document", "=the documents"],
  several: ["=several", "a number of", "a series of"],
  earlier: ["=earlier", "=previously", "follows a", "follows the", "following a", "builds on a", "builds on the"],
  supply: [
    "supplied the equipment", "supplies the equipment", "supply the equipment", "supplied equipment", "equipment supplier",
    "supplier of equipment", "equipment was supplied", "equipment is supplied", "equipment will be supplied", "equipment is being supplied",
    // the supplier or the operator as the subject ("X will supply and install the glass structures", "Equipment for the
    // plant will come from Germany's X GmbH", "The terminal will be owned and operated by X", "X will operate the terminal")
    "=will supply", "=to supply", "will come from", "=will be operated by", "=owned and operated by", "=will operate the",
    // the passive with its supplier after it, whatever is supplied ("Gas turbines will be supplied by X", "Kilns were supplied by X")
    "=will be supplied by", "=are supplied by", "=is supplied by", "=were supplied by", "=was supplied by", "=to be supplied by",
    "=will be provided by", "=will be delivered by",
    // its contractor named so ("The EPC contractor is China's X", "X was chosen as the general contractor")
    "the contractor is", "as the contractor", "as general contractor", "as the general contractor", "the general contractor is",
    "EPC contractor", "the EPC contractor",
    // the works on the object named with the company doing them ("Construction works are carried out by China's X", "X is
    // carrying out the construction", "The works will be performed by X"): its contractor
    "=carried out by", "=performed by", "=conducted by", "=is carrying out the", "=will carry out the", "=is performing the",
    "=will perform the", "=are carrying out the",
  ],
  discuss: ["=discussed", "=discuss", "=discussing", "discussion"],
  support: ["=support", "=supports", "=supported", "=supporting", "=backs", "=backed",
    // a project praised or welcomed ("The chamber welcomed the project")
    "=praised", "=welcomed", "=hailed"],
  // the rest after a first stage or batch (see the category)
  rest: ["=the rest", "=the remaining", "=the remainder"],
  // a delivery to come (see the category)
  delivery: ["will be delivered", "to be delivered", "are to be delivered", "is to be delivered", "will be handed over",
    "deliveries are scheduled", "delivery is scheduled", "deliveries will be completed", "will be shipped",
    // a batch's arrival ("The first batch will arrive in 2027")
    "first batch"],
  // a portfolio of projects, a body's pool of many ("a portfolio of 120 investment projects worth $35 billion")
  portfolio: ["portfolio"],
  // a signing to come (see the category)
  unsigned: ["expected to be signed", "are to be signed", "is to be signed", "will be signed", "plan to sign", "plans to sign",
    "planned to sign", "expect to sign", "expects to sign", "to be signed at"],
  // a condition or a threat (see the category)
  condition: ["=if construction", "=if the investor", "=if the company", "=if work", "=if the project", "=unless construction", "=unless the investor",
    "may be withdrawn", "could be withdrawn", "may be taken back", "could be taken back", "will be terminated if", "may be terminated"],
  // the seller, or the owner who keeps a stake (see the category)
  seller: ["the seller is", "the seller,", "the vendor is", "=will retain", "=retains", "=will keep a"],
  // a comparison with another object (see the category)
  comparison: ["for comparison", "by comparison", "in comparison", "compared with", "compared to", "larger than", "bigger than", "twice as large as", "twice the size of"],
  // the raw material or the power the object takes in (see the category)
  feedstock: ["as feedstock", "feedstock will", "the feedstock", "raw material will", "raw materials will", "=will use", "=will consume",
    "will be supplied with electricity", "will be supplied with gas", "will be supplied with raw"],
  // units retired (see the category)
  retire: ["decommission", "dismantl", "will be retired", "to be retired", "will be shut down", "to be shut down", "will be closed down"],
  // a localization level, the share of the product made in the country (see the category)
  localization: ["localization level", "localisation level", "level of localization", "level of localisation", "localization rate", "localisation rate",
    "localization share", "localisation share", "share of localization", "share of localisation"],
  aside: ["=which already", "=which operates", "=which commissioned", "=which built", "=which owns", "=which runs",
    "=which has operated", "=which opened", "=which launched", "=that already", "=the owner of", "=the operator of"],
  current: ["=currently", "at present", "=presently", "at the moment"],
  transfer: [
    "=acquire", "=acquires", "=acquired", "=acquiring", "acquisition", "=buy", "=buys", "=bought", "=buying", "=purchase",
    "=purchases", "=purchased", "=sell", "=sells", "=sold", "=selling", "=sale", "takeover", "=take over", "=takes over",
  ],
  // (not "shares": "shares fell after the acquisition" is no stake changing hands)
  begins: ["start operations", "start operating", "begin operations", "begin operating", "start production", "begin production",
    "start operation", "begin operation", "commence operation",
    "production start", "=will open", "=opens"],
  fall: ["=decreased", "=was reduced", "=were reduced", "=was cut", "=were cut", "=was lowered", "=fell to"],
  rise: ["=raise", "=raises", "=raising", "=increase", "=increases", "=increasing", "=boost", "=boosting", "=rise", "=rises",
    "=grow", "=grows", "=rose", "=risen", "=grew", "=increased", "=raised"],
  reschedule: ["postpone", "pushed back", "=delayed", "=rescheduled", "=deferred", "=pushed to", "=slipped to", "=moved to", "=moved from", "=been moved", "=was moved", "=were moved", "=shifted to", "=shifted from"],
  progress: ["percent complete", "per cent complete", "percent completed", "per cent completed", "=complete as of",
    "=completed as of", "readiness"],
  activity: ["production of", "manufacturing of", "processing of", "assembly of", "=construction of", "=production",
    "=manufacturing"],
  cancel: ["=cancelled", "=canceled", "=cancels", "=cancel", "=scrapped", "=scraps", "=scrap", "=abandoned", "=abandons",
    "=terminated", "=terminates", "=shelved", "=called off"],
  withdraw: ["=pulled out", "=withdrew from", "=withdrawn from", "=has withdrawn from", "=exited the project"],
  suspend: ["=suspended", "=suspends", "=frozen", "=froze", "=halted", "=halts", "=on hold", "=paused"],
  // winning the right to build in an auction or a tender: a project with the figure or object won (src/deals/features.ts)
  award: ["=won", "=wins", "=secured", "=secures", "was awarded", "were awarded", "has been awarded", "have been awarded"],
  term: ["=timeline", "=timeframe", "=time frame", "implementation period", "construction period",
    // the works of the project in a span of years ("The works will be carried out in 2026-2028")
    "=the works", "=the work will", "=works will"],
  capital: ["charter capital", "authorized capital", "authorised capital", "registered capital", "share capital", "statutory capital"],
  contribution: ["=contributed", "=contributes", "=will contribute", "=contribution", "=contributions", "=allocate"],
  located: ["will be located", "will be sited", "is to be located", "will stand"],
  perUnit: ["=each", "unit capacity", "per turbine", "per unit", "=apiece", "each with a capacity", "each rated"],
  tranche: ["will be spent", "will be invested", "will be allocated", "is to be spent", "are to be spent", "will go to", "will go toward"],
  operator: ["will be operated by", "is to be operated by", "will operate the", "as the operator", "will be the operator"],
  taxes: ["=tax", "=taxes", "tax revenue", "tax revenues", "tax payments", "tax receipts"],
  wage: ["=salary", "=salaries", "=wage", "=wages"],
  payment: ["=pay", "=pays", "=paid", "=payment", "=payments", "=compensate", "=compensates", "=compensation", "subsid", "=reimburse"],
  periodic: ["=a year", "=per year", "=annually", "=each year", "=every year", "=per annum", "=a month", "=per month", "=monthly"],
  revise: ["was revised", "were revised", "has been revised", "revised to", "revised up", "now estimated at", "now put at", "is now expected to cost",
    // a correction of what was reported ("Earlier we reported … 25 billion tenge. In fact, the investment amounts to 52 billion")
    "=in fact,", "the correct figure", "the correct amount", "the actual figure",
    "according to updated", "updated estimate", "revised estimate"],
  branch: ["agro-industrial complex", "agroindustrial complex", "fuel and energy complex", "mining and metallurgical complex"],
  office: ["opened an office", "opened a representative office", "opened its office", "opened its first office", "opened a branch", "opened an office in", "opened offices"],
  period: ["quarter ended", "quarter ending", "year ended", "year ending", "months ended", "months ending", "period ended", "half ended", "half-year ended"],
  // (also the "largest" phrases of `another`: the longest entry wins, so they are listed here too)
  oneOf: ["=one of the", "=one of", "one of the largest", "one of the biggest"],
  ratify: ["=ratified", "=ratifies", "=ratify"],
  approve: ["=approved", "=approves", "=approve", "=endorsed", "=endorses",
    // an approval a company received ("X LLP has received approval from the Ministry of Industry to start construction")
    "approval from", "received approval", "won approval", "obtained approval", "got approval", "secured approval"],
  loan: ["=loan", "=lend", "=lends", "=lent"],
  finance: ["=finance", "=finances", "=financed", "will provide financing", "=financing",
    // project financing raised for the deal's own project ("will attract project financing of 120 billion tenge"), no project of its own
    "project financ", "co-financ", "=the rest will",
    "=the remainder will", "=the remainder"],
  stake: ["became a shareholder", "become a shareholder", "joined the shareholders", "=stake", "=stakes", "=equity", "controlling interest",
    // a share or an interest held in a company or a field ("a 49% share in", "a 49% participating interest in")
    "=share in", "participating interest", "participation interest", "working interest", "majority interest", "minority interest"],
  jointly: ["jointly with", "together with", "in partnership with", "in cooperation with",
    // a partner of the building ("The plant, being developed with China's X, …")
    "developed with", "being built with",
    // taking part in the project ("with the participation of X", "X is participating in the project")
    "with the participation of", "=participate", "=participates", "=participating", "=take part", "=takes part",
    // the project's partner named so ("The project's partner is China's X", "X is the partner in the project")
    "partner in the project", "the project's partner", "partner of the project", "the partner is", "co-financ", "cofinanc", "co-fund", "contractor", "subcontractor",
    // a lender's share of the deal ("the rest is a loan from the Development Bank of Kazakhstan")
    "borrowed funds", "a loan from", "loan from the", "debt financing from",
    // a co-financier of the rest ("the rest will be covered by the Shymkent akimat")
    "the rest will be covered", "the remainder will be covered", "the rest will come from", "the remainder will come from"],
  venue: ["=meeting", "=forum", "=summit", "=session", "=plenary"],
  // the body in whose frame a document was signed ("on the sidelines of the X Business Council")
  venueBefore: ["on the sidelines", "within the framework", "on the margins"],
  comprises: ["=include", "=includes", "=including", "=comprise", "=comprises", "=provides for", "=provide for", "=as part of", "=under the project"],
  china: ["chinese", "=China's", "=PRC"],
  kazakhstan: ["kazakhstani", "=Kazakh", "domestic"],
  // (the national investment agency's name is no investment: "the chairman of Kazakh Invest visited Beijing")
  // (an acquisition's "target company" is no target of a plan: "agreed to acquire 70% of the target company, X LLP")
  // a start or an end that did not happen, negated ("construction did not start in 2023", "was not completed"): no date's role
  ignore: ["=did not start", "=has not started", "=have not started", "=never started", "=was not completed", "=were not completed",
    "=has not been completed", "=never completed", "=was not commissioned", "=has not been commissioned",
    "kazakh invest", "target company", "target companies", "target's", "developer", "development bank", "projection", "constructive", "signal", "signific",
    // "total" as a verb ("Investment will total $450 million"): the amount of the one deal, not a total over several
    "will total", "would total", "to total", "totalled", "totaled", "totals", "totalling", "totaling"],
};
