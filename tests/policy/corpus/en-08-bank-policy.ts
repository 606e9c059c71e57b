import type { CorpusText } from '../corpus-types';

// Held out: never looked at while tuning the tables.
export default {
  id: 'en-08-bank-policy',
  language: 'en',
  heldOut: true,
  kind: 'bank social media standard, formal, dashes as bullets',
  text: `Harbour Bank — Social Media Standard for Staff (effective 1 January)

Introduction
Harbour Bank wishes to be visible as an approachable bank. Our people are our best ambassadors, and we therefore ask all staff to support the bank's presence on LinkedIn in the following ways:

- Relationship managers must have a LinkedIn profile with a professional headshot and Harbour Bank as current employer.
- Staff are encouraged to follow the Harbour Bank company page and to like or repost its updates.
- Where appropriate, staff may join LinkedIn groups for their sector (for example, agricultural finance) and contribute to discussions, provided that they do not give individual financial advice.
- Branch staff will be featured with first name and photo on the branch pages of harbourbank.example, so that customers can see who they will meet.

Restrictions
- Staff must never discuss individual customers, account balances or the bank's share price.
- Staff must not use the Harbour Bank logo in their own profile banner unless it is the approved banner supplied by Brand.
- Screenshots of internal systems may never be posted.

Employee photos
The bank will use staff photos in advertising campaigns only with the written consent of the employee concerned; consent can be withdrawn at any time without consequences, and photos will then be removed from future campaigns.

Oversight
Compliance may review public posts that mention Harbour Bank to check that they follow this standard. Staff who do not follow this standard may face disciplinary action.
`,
  clauses: [
    {
      quote: 'Relationship managers must have a LinkedIn profile',
      activity: 'profile-photo',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Relationship managers must have a LinkedIn profile',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    { quote: 'to like or repost its updates', activity: 'feed-post', initiator: 'employer-asks' },
    { quote: 'may join LinkedIn groups', activity: 'group-post', initiator: 'employer-asks' },

    {
      quote: 'Branch staff will be featured',
      activity: 'website-photo',
      initiator: 'employer-requires',
      consequence: 'career',
      mitigations: ['first-name-only'],
    },
    {
      quote: 'staff photos in advertising campaigns',
      activity: 'employer-social-photo',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'Compliance may review public posts',
      activity: 'monitoring',
      initiator: 'employer-requires',
      consequence: 'career',
    },
  ],
} satisfies CorpusText;
