import type { CorpusText } from '../corpus-types';

export default {
  id: 'en-06-advocacy-programme',
  language: 'en',
  heldOut: false,
  kind: 'employee advocacy programme launch with incentives and a leaderboard',
  text: `Launching "Voices of Vantage" – our employee advocacy programme

What is it?
Voices of Vantage is a platform where the communications team collects ready-to-share posts about Vantage Energy: project milestones, vacancies, industry news and thought leadership. Joining is completely voluntary.

How does it work?
1) Connect your LinkedIn account to the Voices app (this gives the app permission to publish on your behalf when you click "Share").
2) Pick the posts you like and share them with one click; you can always edit the text first.
3) Earn points for every share, like and comment.

Rewards
The ten colleagues with the most points each quarter receive a Vantage hoodie and a lunch with the CEO. At the end of the year, the top sharer wins an extra day off.

A few simple rules
a. Only share content that has been approved in the app.
b. Don't add your own commentary on financial results or share prices.
c. Keep it friendly – no political opinions under Vantage posts.

Your privacy
The app only stores your name, your LinkedIn profile link and your points. Your manager can see the leaderboard, but participation is not part of your appraisal and there are no consequences if you decide not to join or to leave the programme.

Questions? Contact the comms team via the intranet.
`,
  clauses: [
    {
      quote: 'Connect your LinkedIn account to the Voices app',
      activity: 'account-access',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'share them with one click',
      activity: 'feed-post',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences', 'preview-and-approval'],
    },
    {
      quote: 'Earn points for every share, like and comment',
      activity: 'feed-post',
      initiator: 'employer-asks',
      incentive: 'small-gift',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'Earn points for every share, like and comment',
      activity: 'comment',
      initiator: 'employer-asks',
      incentive: 'small-gift',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'the top sharer wins an extra day off',
      activity: 'feed-post',
      initiator: 'employer-asks',
      incentive: 'bonus',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
  ],
} satisfies CorpusText;
