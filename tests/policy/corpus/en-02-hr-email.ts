import type { CorpusText } from '../corpus-types';

// An e-mail from HR, hard-wrapped at 72 characters by the mail client.
export default {
  id: 'en-02-hr-email',
  language: 'en',
  heldOut: false,
  kind: 'HR e-mail, hard-wrapped lines',
  text: `Subject: New website and your team page photo

Dear colleagues,

As some of you already know, our new website goes live on 1 June. To
make the site more personal, we will publish a "Meet the team" page
with the name, job title and photo of every colleague in Field
Service, so that customers know who will be ringing the doorbell.

The photos will be taken on 12 and 13 May in the canteen by an
external photographer. Please make sure you are available on one of
these days; if you cannot make it, your team leader will schedule a
retake.

The same photos will also be used in our recruitment campaign on
Facebook and Instagram this autumn, i.e. in adverts for technician
vacancies.

We would also appreciate it if you could update your LinkedIn
headline so that it mentions Hendriks Installatietechniek. This is
entirely voluntary.

If you prefer not to appear with your photo on the website, you can
let HR know before 1 May and we will show your first name only,
without any consequences for you. Photos are removed from the website
within a month after you leave the company.

For the internal phone list on the intranet we use the photo from
your access pass.

Kind regards,

Marloes de Vries
HR Advisor
`,
  clauses: [
    {
      quote: 'we will publish a "Meet the team" page',
      activity: 'website-photo',
      initiator: 'employer-requires',
    },
    {
      quote: 'The photos will be taken on 12 and 13 May',
      activity: 'website-photo',
      initiator: 'employer-requires',
    },
    { quote: 'recruitment campaign on', activity: 'employer-social-photo', initiator: 'employer-requires' },
    { quote: 'update your LinkedIn', activity: 'profile-employer', initiator: 'employer-asks' },
    {
      quote: 'If you prefer not to appear',
      activity: 'website-photo',
      initiator: 'employer-requires',
      consequence: 'none',
      mitigations: ['first-name-only', 'opt-out-without-consequences'],
    },
    {
      quote: 'Photos are removed from the website',
      activity: 'website-photo',
      initiator: 'employer-requires',
      mitigations: ['remove-on-departure'],
    },
    {
      quote: 'internal phone list on the intranet',
      activity: 'intranet-photo',
      initiator: 'employer-requires',
    },
  ],
} satisfies CorpusText;
