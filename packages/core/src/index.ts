export { findAmounts } from './extract/amounts';
export { type CountryMention, findCountries } from './extract/countries';
export { findMeetings, type MeetingMention } from './extract/meetings';
export { dedupePeople, findPeople, type PersonMatch } from './extract/people';
export { type FindTermsOptions, findTerms } from './extract/terms';
export { findVenues, type VenueMatch } from './extract/venues';
export { type ParseReportOptions, parseReport } from './parseReport';
export * from './schema';
