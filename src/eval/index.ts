// The scorer behind `corridor eval DIR [--json] [--explain]`.
export * from './types.js';
export { prf } from './metrics.js';
export { foldText, normPersonName, normOrgName, normPlaceName, DEFAULT_ORG_SUFFIXES } from './normalize.js';
export { samePerson, samePersonScore, matchPeople } from './match-people.js';
export { sameOrganization, samePlace, matchOrganizations, matchPlaces } from './match-names.js';
export { matchProjects } from './match-projects.js';
export { matchMeetings, meetingHosts } from './match-meetings.js';
export { scoreDocument, emptyExtraction } from './score-document.js';
export { runEval, findEvalDocuments, aggregate } from './run-eval.js';
export { formatEvalTable, formatExplain, renderEvalReport } from './format-eval.js';
