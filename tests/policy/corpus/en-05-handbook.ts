import type { CorpusText } from '../corpus-types';

export default {
  id: 'en-05-handbook',
  language: 'en',
  heldOut: false,
  kind: 'staff handbook chapter, long sentences, sanction in the small print',
  text: `Chapter 9 — Online presence and the use of social media

9.1 General
Meridian Care values an open culture in which employees are proud of the work they do, and we recognise that many of our employees are active on social media in a private capacity. Employees remain personally responsible for what they publish, and are reminded that posts about residents, their families or their health must never be published under any circumstances.

9.2 Our website and internal channels
In order to help residents and their families recognise who is caring for them, the name and job title of every care professional is displayed on the location page of our website, together with a portrait photo taken by the communications team. A photo and short introduction of each new colleague is placed in the internal face book on the intranet in the first week of employment. Employees who object to the publication of their photo for reasons relating to their particular situation can contact the privacy officer, who will assess the request.

9.3 Representing Meridian Care
Team leaders and location managers are expected to mention Meridian Care as their employer on their LinkedIn profile and to share the vacancies of their location at least once a month, as this is part of their role in recruiting new colleagues. Other employees are warmly invited to share our vacancies within their own network too; as a thank-you, anyone whose referral leads to a hire receives a gift voucher of €50.

9.4 What we ask you not to do
Do not use the Meridian Care logo on private accounts, do not start social media accounts or groups in the name of Meridian Care, and do not respond to negative reviews about a location yourself but forward them to the communications team.

9.5 Former employees
Photos and names of former employees are removed from the website and the intranet within 30 days after the end of employment, unless the former employee has agreed in writing that a group photo may continue to be used in our annual report.

Small print: failure to comply with the rules in this chapter may be addressed in the annual appraisal and, in serious cases, lead to disciplinary measures.
`,
  clauses: [
    {
      quote: 'the name and job title of every care professional',
      activity: 'website-photo',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'placed in the internal face book',
      activity: 'intranet-photo',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Employees who object to the publication',
      activity: 'website-photo',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'to mention Meridian Care as their employer',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
      jobDefined: true,
    },
    {
      quote: 'to mention Meridian Care as their employer',
      activity: 'feed-post',
      initiator: 'employer-requires',
      consequence: 'career',
      jobDefined: true,
    },
    {
      quote: 'warmly invited to share our vacancies',
      activity: 'feed-post',
      initiator: 'employer-asks',
      incentive: 'small-gift',
    },
    {
      quote: 'Photos and names of former employees',
      activity: 'website-photo',
      initiator: 'employer-requires',
      consequence: 'career',
      mitigations: ['remove-on-departure'],
      postEmployment: true,
    },
    {
      quote: 'Photos and names of former employees',
      activity: 'intranet-photo',
      initiator: 'employer-requires',
      consequence: 'career',
      mitigations: ['remove-on-departure'],
      postEmployment: true,
    },
  ],
} satisfies CorpusText;
