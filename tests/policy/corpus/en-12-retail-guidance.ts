import type { CorpusText } from '../corpus-types';

export default {
  id: 'en-12-retail-guidance',
  language: 'en',
  heldOut: false,
  kind: 'retail chain guidance for store colleagues, friendly tone, numbered 1) list',
  text: `Colleague Social Media Guidance — FreshWay Stores

Hello! We love seeing how proud our colleagues are of their stores. This guidance explains what we ask of you online. Most of it is common sense.

Store managers
As a store manager you are the face of your store in the local community. Therefore:
1) your name and photo appear on your store's page on freshway.example, together with the opening hours;
2) you post on the FreshWay local Facebook page for your store at least weekly, during your shift, using the store tablet;
3) you are expected to reply to customer comments on those posts within two working days.

All colleagues
4) You're welcome to mention FreshWay as your employer on LinkedIn, but there's no need to.
5) We'd be grateful if you'd like and share our recruitment posts when we're hiring in your area — every colleague who refers a new starter gets a £100 thank-you bonus after their probation.
6) Colleague photos may appear in our in-store posters and social media adverts; we'll always ask first, and you can say no without it affecting you in any way.
7) The colleague app shows your first name and team to other colleagues, not to customers.

Head office
8) Your photo will be added to the staff directory on the intranet in your first week.
9) Colleagues in the Digital team administer the FreshWay company page on LinkedIn as part of their role.
10) From time to time our social team may ask to film you at work for a TikTok clip; it's your choice whether you take part.

Please don't
- post photos of customers, price labels that are wrong, or stock problems;
- use the FreshWay logo or green on your own merchandise;
- argue with customers online — pass complaints to Customer Care.

If a colleague's post breaks this guidance, their manager will talk it through with them first.
`,
  clauses: [
    {
      quote: 'your name and photo appear on your store',
      activity: 'website-photo',
      initiator: 'employer-requires',
      jobDefined: true,
    },
    {
      quote: 'you post on the FreshWay local Facebook page',
      activity: 'company-page-post',
      initiator: 'employer-requires',
      jobDefined: true,
      workTime: true,
      mitigations: ['work-time-and-equipment'],
    },
    {
      quote: 'reply to customer comments on those posts',
      activity: 'comment',
      initiator: 'employer-requires',
      jobDefined: true,
    },
    {
      quote: 'mention FreshWay as your employer on LinkedIn',
      activity: 'profile-employer',
      initiator: 'employer-asks',
    },
    {
      quote: 'like and share our recruitment posts',
      activity: 'feed-post',
      initiator: 'employer-asks',
      incentive: 'bonus',
    },
    {
      quote: 'Colleague photos may appear in our in-store posters',
      activity: 'employer-social-photo',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'Your photo will be added to the staff directory',
      activity: 'intranet-photo',
      initiator: 'employer-requires',
    },
    {
      quote: 'administer the FreshWay company page',
      activity: 'company-page-post',
      initiator: 'employer-requires',
      jobDefined: true,
    },
    { quote: 'may ask to film you at work', activity: 'employer-social-photo', initiator: 'employer-asks' },
  ],
} satisfies CorpusText;
