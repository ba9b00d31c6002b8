import type { surveyZh } from './messages'

/** English, in its own module so the Chinese first screen does not carry it (see i18n/index.ts). */
export const surveyEn: typeof surveyZh = {
  brand: 'Satisfaction survey',
  loading: 'Opening the survey…',
  stationLine: '{station} asks for your opinion',
  validUntil: 'This link is valid until {date}',
  optional: 'optional',
  required: 'Please answer this question',
  invalidAnswer: 'This answer is not valid; please choose again',
  fixErrors: 'Some questions are not answered yet; please check the ones marked in red',
  submit: 'Submit',
  textPlaceholder: 'Your comments (optional)',
  stars: {
    s1: 'Very dissatisfied',
    s2: 'Dissatisfied',
    s3: 'Neutral',
    s4: 'Satisfied',
    s5: 'Very satisfied',
  },
  starAria: '{n} stars',
  npsLow: '0 = not at all likely',
  npsHigh: '10 = extremely likely',
  refused: {
    invalid: {
      title: 'This link is not valid',
      text: 'The survey link is incomplete or no longer valid; please check that you opened the whole link.',
    },
    expired: {
      title: 'This survey has expired',
      text: 'The survey is past its validity. Thank you for your interest; to give feedback, please contact your service station.',
    },
    used: {
      title: 'You have already answered this survey',
      text: 'Each survey can be answered once. Thank you for your feedback!',
    },
    error: {
      title: 'The survey cannot be opened right now',
      text: 'There is a network or server problem; please try again shortly.',
    },
  },
  retry: 'Retry',
  thanks: {
    title: 'Thank you for your feedback!',
    text: 'Your answers have been received. We read every one and keep improving our service.',
    sorry:
      'We are sorry we did not satisfy you this time. Your service station will contact you soon, until the problem is really solved.',
  },
}
