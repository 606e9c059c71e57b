import type { CorpusText } from '../corpus-types';

export default {
  id: 'en-04-branding-memo',
  language: 'en',
  heldOut: false,
  kind: 'marketing memo on personal branding for the sales team, soft words',
  text: `Personal Branding Programme – what we need from the sales team

Hi all,

Following the kick-off last Friday, here is a short summary of how the personal branding programme will work from next month onwards. We know everyone is busy, so we have tried to make it as easy as possible.

To save you time, we'd like you to give the marketing team admin access to your LinkedIn profile so that they can post on your behalf. Alternatively you can share your LinkedIn login with Jasper, who will keep it in the team password manager.

We will schedule two posts per week on your personal profile; you will always see a preview in the shared calendar and can change or reject a post before it goes live.

Your headline will be updated to the new format ("Helping logistics teams ship faster | Sales Director at Brightline").

Every salesperson will also get a short vacancy video on our company social media channels and in paid LinkedIn adverts, in which you introduce yourself and your team.

We understand that not everyone is comfortable with this. Still, the programme is part of your sales role from now on and your activity on LinkedIn will be one of the KPIs in your bonus scheme.

A couple of practical points: please keep your calendar up to date so we can plan the filming, and use the new e-mail signature with the Brightline logo from Monday.

Thanks, and let's make this a great quarter!

Sophie
Head of Marketing
`,
  clauses: [
    {
      quote: 'give the marketing team admin access',
      activity: 'account-access',
      initiator: 'employer-requires',
      consequence: 'career',
      jobDefined: true,
    },
    {
      quote: 'share your LinkedIn login with Jasper',
      activity: 'account-access',
      initiator: 'employer-requires',
      consequence: 'career',
      jobDefined: true,
    },
    {
      quote: 'We will schedule two posts per week',
      activity: 'feed-post',
      initiator: 'employer-requires',
      consequence: 'career',
      jobDefined: true,
      mitigations: ['preview-and-approval'],
    },
    {
      quote: 'Your headline will be updated',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
      jobDefined: true,
    },
    {
      quote: 'short vacancy video',
      activity: 'employer-social-photo',
      initiator: 'employer-requires',
      consequence: 'career',
      jobDefined: true,
    },
  ],
} satisfies CorpusText;
