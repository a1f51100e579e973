/**
 * Frequent English misspellings and their corrections. Harper's own spell checker is off by
 * default because suggesting corrections for every word it does not know (names, products,
 * jargon) costs tens of milliseconds per new word — too slow for instant feedback — so these
 * common slips are checked here instead, by lookup.
 */
const PAIRS =
  'recieve:receive recieved:received seperate:separate seperately:separately definately:definitely definatly:definitely ' +
  'tommorow:tomorrow tomorow:tomorrow tommorrow:tomorrow untill:until occured:occurred occurence:occurrence wich:which ' +
  'thier:their becuase:because beacuse:because arguement:argument begining:beginning beleive:believe beleived:believed ' +
  'calender:calendar concious:conscious enviroment:environment goverment:government independant:independent ' +
  'occassion:occasion publically:publicly refered:referred sucess:success succesful:successful successfull:successful ' +
  'truely:truly wierd:weird acheive:achieve acheived:achieved accomodate:accommodate adress:address buisness:business ' +
  'bussiness:business collegue:colleague collegues:colleagues commited:committed completly:completely ' +
  'dissapoint:disappoint dissapointed:disappointed existance:existence finaly:finally foward:forward grammer:grammar ' +
  'immediatly:immediately knowlege:knowledge neccessary:necessary necesary:necessary noticable:noticeable ' +
  'persue:pursue posession:possession prefered:preferred recomend:recommend recomended:recommended ' +
  'responsability:responsibility responsibilty:responsibility usefull:useful writting:writing managment:management ' +
  'developement:development experiance:experience comunication:communication communcation:communication ' +
  'performence:performance priviledge:privilege proffesional:professional profesional:professional realy:really ' +
  'basicly:basically basicaly:basically actualy:actually definetly:definitely probaly:probably problably:probably ' +
  'wether:whether whith:with woud:would shoud:should coud:could alway:always allways:always beggining:beginning ' +
  'buget:budget bugdet:budget costumer:customer costumers:customers custumer:customer ' +
  'deadine:deadline dicision:decision desicion:decision diffrent:different diffcult:difficult dificult:difficult ' +
  'enginner:engineer enginneer:engineer importent:important intrested:interested intresting:interesting ' +
  'lenght:length maintainance:maintenance mangaer:manager manger:manager oppurtunity:opportunity ' +
  'oportunity:opportunity prioritys:priorities proccess:process procces:process reponsible:responsible ' +
  'resposible:responsible sheduled:scheduled schedual:schedule stratergy:strategy stategy:strategy strenght:strength ' +
  'suprise:surprise suprised:surprised teh:the thru:through tought:thought togehter:together unfortunatly:unfortunately ' +
  'wasnt:wasn’t didnt:didn’t doesnt:doesn’t dont:don’t isnt:isn’t werent:weren’t havent:haven’t ' +
  'hasnt:hasn’t couldnt:couldn’t shouldnt:shouldn’t wouldnt:wouldn’t';

export const MISSPELLINGS: ReadonlyMap<string, string> = new Map(
  PAIRS.split(' ').map((pair) => {
    const [wrong = '', right = ''] = pair.split(':');
    return [wrong, right] as const;
  }),
);
