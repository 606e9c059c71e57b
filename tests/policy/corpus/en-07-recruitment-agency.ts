import type { CorpusText } from '../corpus-types';

export default {
  id: 'en-07-recruitment-agency',
  language: 'en',
  heldOut: false,
  kind: 'recruitment agency code of conduct, monitoring and private content',
  text: `TalentBridge Code of Conduct – Section 6: LinkedIn and other platforms

6.1 As a recruiter you are the face of TalentBridge. Your LinkedIn profile must show TalentBridge as your current employer and your headline must include the words "Recruiter at TalentBridge".

6.2 We expect every consultant to post at least one vacancy per day from their personal account and to respond to comments from candidates within 24 hours.

6.3 The team lead reviews the Social Selling Index of every consultant every Monday, and low scores are discussed in your one-to-one.

6.4 For security reasons, you must add the Operations Manager as a connection so that we can see what is posted about our clients.

6.5 Consultants are not allowed to set their profile to "Open to work". HR checks profiles for this each month.

6.6 Photos from private occasions (holidays, parties) must be removed from your LinkedIn profile, and we ask you not to express political opinions in posts on your personal account, since clients may read them.

6.7 When you leave TalentBridge, you must change your current position within one week; until then, the candidate database may show your name as contact person.

6.8 Client names, fee percentages and candidate details are strictly confidential and may not be shared on any platform.

6.9 Breach of this code may lead to a formal warning.
`,
  clauses: [
    {
      quote: 'Your LinkedIn profile must show TalentBridge',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'post at least one vacancy per day',
      activity: 'feed-post',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'post at least one vacancy per day',
      activity: 'comment',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'reviews the Social Selling Index',
      activity: 'monitoring',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'add the Operations Manager as a connection',
      activity: 'account-access',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'not allowed to set their profile to "Open to work"',
      activity: 'monitoring',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'HR checks profiles for this each month',
      activity: 'monitoring',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Photos from private occasions',
      activity: 'private-content',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'you must change your current position',
      activity: 'correct-work-claim',
      initiator: 'employer-requires',
      consequence: 'career',
    },
  ],
} satisfies CorpusText;
