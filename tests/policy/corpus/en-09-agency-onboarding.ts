import type { CorpusText } from '../corpus-types';

// Held out: never looked at while tuning the tables.
export default {
  id: 'en-09-agency-onboarding',
  language: 'en',
  heldOut: true,
  kind: 'onboarding checklist of a marketing agency, markdown list with asterisks',
  text: `# Welcome to Pixel & Pine — your first-week checklist

Before the end of your first week, please complete the following:

* Create a LinkedIn account if you don't have one yet (it's part of your job as a consultant here).
* Update your current position to "Consultant at Pixel & Pine" and turn on notifications to your network, so clients see you joined.
* Send us a portrait for the "Our people" page on our website; if you prefer, we can use a photo from behind or an illustrated avatar instead.
* Upload a photo for the org chart on the intranet.
* Fill in the IT form so we can order your laptop.
* Read the brand book: our fonts are Lato and Merriweather, and the logo must always have enough white space around it.

Later on:

* Once a month, write a short post about a project you worked on (in work time; we'll give you an hour for it).
* We sometimes film short clips of the team at work for our Instagram and TikTok — we'll always ask you first, and if you'd rather not be in them that's absolutely fine.

If you leave us, your portrait stays on the website until your successor starts, and at most three months.
`,
  clauses: [
    {
      quote: 'Create a LinkedIn account',
      activity: 'create-account',
      initiator: 'employer-requires',
      jobDefined: true,
    },
    { quote: 'Update your current position', activity: 'profile-employer', initiator: 'employer-requires' },
    { quote: 'Update your current position', activity: 'profile-broadcast', initiator: 'employer-requires' },
    {
      quote: 'Send us a portrait',
      activity: 'website-photo',
      initiator: 'employer-requires',
      mitigations: ['not-identifiable-photo'],
    },
    { quote: 'Upload a photo for the org chart', activity: 'intranet-photo', initiator: 'employer-requires' },
    {
      quote: 'write a short post about a project',
      activity: 'feed-post',
      initiator: 'employer-requires',
      workTime: true,
      mitigations: ['work-time-and-equipment'],
    },
    {
      quote: 'film short clips of the team',
      activity: 'employer-social-photo',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'your portrait stays on the website',
      activity: 'website-photo',
      initiator: 'employer-requires',
      mitigations: ['remove-on-departure'],
      postEmployment: true,
    },
  ],
} satisfies CorpusText;
