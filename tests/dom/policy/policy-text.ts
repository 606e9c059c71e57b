// A short policy shared by the policy page's tests: two demands the employer may not make, one fine ask.
export const POLICY = [
  'Social media guidelines',
  '',
  'Everyone is expected to:',
  '• use a professional profile photo;',
  '• give the marketing team your LinkedIn password so they can post on your behalf.',
  '',
  'We encourage you to share our vacancies. Never share information about customers.',
].join('\n');
