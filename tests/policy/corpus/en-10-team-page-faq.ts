import type { CorpusText } from '../corpus-types';

export default {
  id: 'en-10-team-page-faq',
  language: 'en',
  heldOut: false,
  kind: 'FAQ from HR about the website, the intranet and LinkedIn, questions and answers',
  text: `FAQ: photos, names and LinkedIn at Oakridge Engineering

Q: Will my name be on the new website?
A: Yes. Every project engineer is listed by name and job title on the project pages, because clients want to know who is responsible for their installation. We do not use photos on these pages.

Q: Do I have to be in the photo on the "Careers" page?
A: No. We ask for volunteers only; if you would rather not be in it, just tell us – there are no consequences whatsoever.

Q: Can marketing use my photo in our LinkedIn ads?
A: Only if you agree. We will ask you beforehand, explain the purpose and tell you that you can object at any time. Photos are taken during working hours.

Q: Is the intranet staff directory with photos compulsory?
A: The directory lists everyone's name and extension. Adding a photo is optional, and you can remove it yourself at any time.

Q: Do I need to post about Oakridge on LinkedIn?
A: It is not required. That said, we'd love it if you shared our project news now and then, e.g. when a project you worked on is completed.

Q: Will my manager look at my LinkedIn activity?
A: No. We do not monitor personal accounts, and what you post privately is your own business.

Q: Can I list Oakridge as my employer on LinkedIn?
A: Of course, you're welcome to do so. Please use "Oakridge Engineering" so that your profile links to our company page.

Q: Someone asked me to post on the Oakridge company page. Is that my job?
A: Only the communications team posts on the company page. If you have news, send it to them.

Q: Can I use the Oakridge logo on my personal website?
A: Please don't; the logo may only be used by the company itself.
`,
  clauses: [
    {
      quote: 'Every project engineer is listed by name',
      activity: 'website-name',
      initiator: 'employer-requires',
      mitigations: ['no-photo'],
    },
    {
      quote: 'We ask for volunteers only',
      activity: 'website-photo',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'Adding a photo is optional',
      activity: 'intranet-photo',
      initiator: 'employer-asks',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: "we'd love it if you shared our project news",
      activity: 'feed-post',
      initiator: 'employer-asks',
    },
    { quote: 'Please use "Oakridge Engineering"', activity: 'profile-employer', initiator: 'employer-asks' },
    {
      quote: 'Only the communications team posts',
      activity: 'company-page-post',
      initiator: 'employer-requires',
      jobDefined: true,
    },
  ],
} satisfies CorpusText;
