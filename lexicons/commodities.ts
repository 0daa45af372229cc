/**
 * Commodities named next to a capacity unit ("4,5 миллион тонна жүк", "5000 тонн клинкера",
 * "2 млрд текше метр газ", "1 million tonnes of oil"). Each entry gives the name reported in
 * `commodity` (nominative, in the language of the text) and the stems that find it in any case
 * form. Stems match at a word start; any ending may follow.
 */
export interface Commodity {
  /** Reported value. */
  name: string;
  /** Word stems in any case form. */
  stems?: readonly string[];
  /** Whole words only (short words whose stems would catch other words: "су", "ет"). */
  exact?: readonly string[];
}

export const COMMODITIES: readonly Commodity[] = [
  // ---- Kazakh
  { name: "жүк", stems: ["жүк"] },
  { name: "мұнай", stems: ["мұнай"] },
  { name: "газ", stems: ["газ", "табиғи газ"] },
  { name: "клинкер", stems: ["клинкер"] },
  { name: "цемент", stems: ["цемент"] },
  { name: "полиэтилен", stems: ["полиэтилен"] },
  { name: "полипропилен", stems: ["полипропилен"] },
  { name: "көмір", stems: ["көмір"] },
  { name: "астық", stems: ["астық"] },
  { name: "бидай", stems: ["бидай"] },
  { name: "кен", exact: ["кен", "кені", "кенді", "кенін"] },
  { name: "мыс", exact: ["мыс", "мысты", "мыстың"] },
  { name: "болат", exact: ["болат", "болатты", "болаттың", "болаты"] },
  { name: "металл", stems: ["металл"] },
  { name: "су", exact: ["су", "суды", "судың", "суы"] },
  { name: "сүт", stems: ["сүт"] },
  { name: "ет", exact: ["ет", "етті", "еттің"] },
  { name: "тыңайтқыш", stems: ["тыңайтқыш"] },
  { name: "жанармай", stems: ["жанармай"] },
  { name: "бензин", stems: ["бензин"] },
  { name: "қоқыс", stems: ["қоқыс"] },
  { name: "ферросилиций", stems: ["ферросилиций"] },
  { name: "алюминий", stems: ["алюминий", "алюминийді"] },
  { name: "карбамид", stems: ["карбамид"] },
  { name: "мақта", stems: ["мақта"] },
  // "шынымен" is "really": the glass only as whole words
  { name: "шыны", exact: ["шыны", "шынының", "шыныны"] },
  { name: "метанол", stems: ["метанол"] },
  { name: "аммиак", stems: ["аммиак"] },
  { name: "битум", stems: ["битум"] },
  { name: "кремний", stems: ["кремний"] },
  { name: "мырыш", stems: ["мырыш"] },
  { name: "ферроқорытпа", stems: ["ферроқорытпа"] },
  { name: "пропилен", stems: ["пропилен"] },
  { name: "дән", exact: ["дән", "дәнді", "дәннің"] },
  { name: "көкөніс", stems: ["көкөніс"] },
  { name: "жеміс", stems: ["жеміс"] },
  { name: "қызанақ", stems: ["қызанақ"] },
  { name: "қияр", stems: ["қияр"] },
  { name: "картоп", stems: ["картоп"] },
  { name: "құрама жем", stems: ["құрама жем"] },
  // ---- Russian
  { name: "груз", stems: ["груз"] },
  { name: "нефть", stems: ["нефт"] },
  { name: "газ", stems: ["природного газ"] },
  { name: "уголь", stems: ["угля", "уголь"] },
  { name: "зерно", stems: ["зерн"] },
  { name: "пшеница", stems: ["пшениц"] },
  { name: "руда", stems: ["руд"] },
  { name: "медь", exact: ["меди", "медь"] },
  { name: "сталь", stems: ["стали", "сталь"] },
  { name: "вода", stems: ["вод"] },
  { name: "молоко", stems: ["молок"] },
  { name: "мясо", stems: ["мяс"] },
  { name: "удобрения", stems: ["удобрен"] },
  { name: "нефтепродукты", stems: ["нефтепродукт"] },
  { name: "сахар", stems: ["сахар"] },
  { name: "хлопок", stems: ["хлопк", "хлопок"] },
  { name: "пряжа", stems: ["пряж", "хлопковой пряж", "хлопчатобумажной пряж"] },
  { name: "ферросилиций", stems: ["ферросилици"] },
  { name: "алюминий", stems: ["алюмини"] },
  { name: "карбамид", stems: ["карбамид"] },
  { name: "стекло", stems: ["стекл"] },
  { name: "кремний", stems: ["кремни"] },
  { name: "цинк", stems: ["цинк"] },
  { name: "ферросплавы", stems: ["ферросплав"] },
  { name: "пропилен", stems: ["пропилен"] },
  { name: "овощи", stems: ["овощ"] },
  { name: "фрукты", stems: ["фрукт"] },
  { name: "томаты", stems: ["томат"] },
  { name: "огурцы", stems: ["огурц"] },
  { name: "картофель", stems: ["картофел"] },
  { name: "комбикорм", stems: ["комбикорм"] },
  // ---- English
  { name: "cargo", stems: ["cargo", "freight"] },
  { name: "vegetables", stems: ["vegetable"] },
  { name: "fruit", stems: ["fruit"] },
  { name: "tomatoes", stems: ["tomato"] },
  { name: "cucumbers", stems: ["cucumber"] },
  { name: "potatoes", stems: ["potato"] },
  { name: "feed", exact: ["feed", "compound feed", "animal feed"] },
  { name: "propylene", exact: ["propylene"] },
  { name: "oil", exact: ["oil", "crude", "crude oil"] },
  { name: "gas", exact: ["gas", "natural gas", "LNG"] },
  { name: "cement", stems: ["cement"] },
  { name: "clinker", stems: ["clinker"] },
  { name: "polyethylene", stems: ["polyethylene"] },
  { name: "polypropylene", stems: ["polypropylene"] },
  { name: "coal", stems: ["coal"] },
  { name: "grain", stems: ["grain"] },
  { name: "wheat", stems: ["wheat"] },
  { name: "ore", exact: ["ore", "ores"] },
  { name: "copper", stems: ["copper"] },
  { name: "steel", stems: ["steel"] },
  { name: "water", stems: ["water"] },
  { name: "fertilizer", stems: ["fertiliser", "fertilizer"] },
  { name: "yarn", stems: ["yarn", "cotton yarn"] },
  { name: "ferrosilicon", stems: ["ferrosilicon"] },
  { name: "aluminium", stems: ["aluminium", "aluminum"] },
  { name: "urea", stems: ["urea"] },
  { name: "cotton", stems: ["cotton", "raw cotton"] },
  { name: "glass", stems: ["glass"] },
  { name: "methanol", stems: ["methanol"] },
  { name: "ammonia", stems: ["ammonia"] },
  { name: "bitumen", stems: ["bitumen"] },
  { name: "silicon", stems: ["silicon"] },
  { name: "zinc", stems: ["zinc"] },
  { name: "ferroalloys", stems: ["ferroalloy"] },
];

/**
 * Generic product words after a unit ("тонна өнім", "тонн продукции", "tonnes of products"):
 * the commodity is then the one named earlier in the same sentence ("полиэтилен шығаратын зауыт …
 * жылына … тонна өнім").
 */
export const GENERIC_PRODUCT_STEMS: readonly string[] = ["өнім", "продукци", "product", "output"];
