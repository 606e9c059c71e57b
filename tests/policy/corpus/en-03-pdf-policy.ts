import type { CorpusText } from '../corpus-types';

// Text copied out of a PDF: hard line breaks, words hyphenated at the line end, numbered sections.
export default {
  id: 'en-03-pdf-policy',
  language: 'en',
  heldOut: false,
  kind: 'social media policy copied from a PDF, hyphenation, numbered sections',
  text: `NORTHWIND LOGISTICS B.V.
Social Media Policy – HR-POL-014 – Page 1 of 2

1. Purpose and scope
1.1 This policy applies to all employees, temporary staff and interns of
Northwind Logistics B.V. and its subsidiaries. It describes how em-
ployees represent the company on social media, in particular LinkedIn.
1.2 The policy does not apply to purely private use of social media that
cannot be linked to Northwind.

2. Professional profile
2.1 Employees in customer-facing roles are required to maintain an up-to-
date LinkedIn profile which states Northwind Logistics as their current
employer.
2.2 A profile picture is mandatory for all account managers. The picture
must meet the photo guidelines in Annex A (neutral background, business
attire).
2.3 Employees who do not yet have a LinkedIn account shall create one
within four weeks of joining, using their business e-mail address.

3. Content
3.1 Employees shall not disclose confidential information, including
shipment volumes, tariffs and the names of customers, on any social
media platform.
3.2 Employees may share vacancies and news published on the Northwind
company page if they wish.
3.3 Communication staff will post on the Northwind company page as part
of their job, during working hours and on company equipment.

4. Monitoring
4.1 The Communications department monitors publicly available LinkedIn
profiles of employees to ensure compliance with this policy.
4.2 HR will be notified when an employee sets their profile to "Open to
work".

5. Non-compliance
5.1 Violations of this policy may result in disciplinary measures, up
to and including dismissal.
`,
  clauses: [
    {
      quote: 'are required to maintain an up-to-',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'A profile picture is mandatory',
      activity: 'profile-photo',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'The picture\nmust meet the photo guidelines',
      activity: 'profile-photo',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'shall create one',
      activity: 'create-account',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    { quote: 'may share vacancies and news', activity: 'feed-post', initiator: 'employer-asks' },
    {
      quote: 'Communication staff will post',
      activity: 'company-page-post',
      initiator: 'employer-requires',
      consequence: 'career',
      jobDefined: true,
      workTime: true,
      mitigations: ['work-time-and-equipment'],
    },
    {
      quote: 'monitors publicly available LinkedIn',
      activity: 'monitoring',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'HR will be notified',
      activity: 'monitoring',
      initiator: 'employer-requires',
      consequence: 'career',
    },
  ],
} satisfies CorpusText;
