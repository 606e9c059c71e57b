import type { CorpusText } from '../corpus-types';

export default {
  id: 'en-01-linkedin-guidelines',
  language: 'en',
  heldOut: false,
  kind: 'employee LinkedIn guidelines of a software company, bullets',
  text: `Acme Cloud – Employee LinkedIn Guidelines (version 2.1)

Why this matters
LinkedIn is where our customers, partners and future colleagues meet us first. Every profile of an Acme employee is a small shop window for the company, which is why we have written down what we expect from everyone.

Your profile
Everyone is expected to:
• use a recent, professional profile photo in which your face is clearly visible (our photographer will be in the office on 14 March);
• list your current position as "[Job title] at Acme Cloud" and link it to our company page;
• add the Acme Cloud banner to your profile – you can download it from the brand portal;
• keep "Share profile updates with your network" switched on when you change your position, so that your network hears about your new role at Acme.

Sharing and engaging
We encourage you to like and reshare posts from the Acme Cloud company page, ideally at least twice a week. Sales colleagues are asked to post a customer success story on their own profile once a month; the marketing team will provide draft texts. Please also take part in discussions in relevant LinkedIn groups, e.g. the "Cloud Finance Professionals" group, and comment on posts of prospects where you can add value.

What not to share
Never share information about pricing, roadmaps or customers that has not been published. Use our brand colours (Acme Blue #0047AB) and the official logo only in the versions on the brand portal. Do not speak on behalf of Acme to journalists; refer them to the press office.

Follow-up
Your manager will check during the quarterly check-in whether your LinkedIn profile meets these guidelines. Taking part in sharing company posts counts towards your annual performance review.
`,
  clauses: [
    {
      quote: 'professional profile photo',
      activity: 'profile-photo',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'list your current position',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'add the Acme Cloud banner',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'keep "Share profile updates',
      activity: 'profile-broadcast',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    { quote: 'like and reshare posts', activity: 'feed-post', initiator: 'employer-asks' },
    { quote: 'customer success story', activity: 'feed-post', initiator: 'employer-asks' },
    { quote: 'discussions in relevant LinkedIn groups', activity: 'group-post', initiator: 'employer-asks' },
    { quote: 'discussions in relevant LinkedIn groups', activity: 'comment', initiator: 'employer-asks' },
    { quote: 'will check during the quarterly', activity: 'monitoring', initiator: 'employer-requires' },
    {
      quote: 'Taking part in sharing company posts',
      activity: 'feed-post',
      initiator: 'employer-requires',
      consequence: 'career',
    },
  ],
} satisfies CorpusText;
