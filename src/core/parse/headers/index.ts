export { decodeEncodedWords } from './encoded-words.js';
export { parseAddressList, parseAddress } from './address-list.js';
export { domainToAscii, domainToUnicode, punycodeDecode } from './idn.js';
export { getHeader, getHeaders, getHeaderValue } from './get-header.js';
export { splitHeaderSection, type HeaderSection } from './header-section.js';
export { parseRfc5322Date, parseDateSeconds, isoFromSeconds, secondsFromIso } from './date.js';
