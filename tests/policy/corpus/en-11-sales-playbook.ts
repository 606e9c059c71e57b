import type { CorpusText } from '../corpus-types';

export default {
  id: 'en-11-sales-playbook',
  language: 'en',
  heldOut: false,
  kind: 'sales playbook excerpt, imperative bullets with hyphens, sanction in a footnote',
  text: `Sales Playbook 2025 – Chapter 4: Social selling

Social selling is no longer optional for our account executives. The following standards apply to every member of the sales team:

- Your LinkedIn headline and About section mention Quantix and the solutions you sell.
- Your profile photo is the studio portrait taken at the sales kick-off; holiday or party pictures are not suitable.
- Post original content about Quantix at least twice a week, and reshare every post from the Quantix company page within 24 hours.
- Comment on at least five posts of prospects per week to build relationships.
- Join at least three LinkedIn groups relevant to your territory and start a discussion in one of them each month.
- Accept connection requests from your sales manager, who uses Sales Navigator to follow your activity.

The enablement team will provide posts, images and hashtags every Monday. You can use the scheduling tool, which needs access to your LinkedIn account; the tool posts on your behalf at the best time of day.

Top performers on the social selling leaderboard receive a quarterly bonus of up to €1,000.

Please note that our competitors follow our people closely: never mention pipeline figures, pricing or customer names that have not been made public.

* Meeting these standards is part of your quarterly performance objectives.
`,
  clauses: [
    {
      quote: 'Your LinkedIn headline and About section',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Your profile photo is the studio portrait',
      activity: 'profile-photo',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Post original content about Quantix',
      activity: 'feed-post',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Comment on at least five posts',
      activity: 'comment',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Join at least three LinkedIn groups',
      activity: 'group-post',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Accept connection requests from your sales manager',
      activity: 'account-access',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'which needs access to your LinkedIn account',
      activity: 'account-access',
      initiator: 'employer-asks',
    },
    {
      quote: 'Top performers on the social selling leaderboard',
      activity: 'feed-post',
      initiator: 'employer-asks',
      incentive: 'bonus',
    },
  ],
} satisfies CorpusText;
