import type { zhCN } from './zh-CN'

export const en: typeof zhCN = {
  app: {
    title: 'Customer Service',
    loginTitle: 'Customer Service — Sign in',
    loginSubtitle: 'Get a code by phone or e-mail to sign in; new customers are registered automatically',
  },
  portalLogin: {
    contact: 'Mobile number or e-mail',
    contactPlaceholder: 'Enter your mobile number or e-mail',
    contactRule: 'Enter an 11-digit mobile number or a valid e-mail address',
    sendCode: 'Send code',
    resend: 'Send again',
    resendIn: 'Send again in {s} s',
    sentTo: 'We sent a code by {channel} to {to}; it is valid for {min} minutes',
    sentEarlier: 'Enter the code you received earlier, or ask for a new one shortly',
    channels: { sms: 'SMS', email: 'e-mail' },
    code: 'Code',
    codePlaceholder: '6-digit code',
    codeRule: 'The code has 6 digits',
    verify: 'Sign in',
    changeContact: 'Use another number or e-mail',
  },
  home: {
    greeting: 'Hello, {name}',
    intro: 'Welcome: file a complaint, follow its progress and see your repair quotes here.',
    complaints: 'My complaints',
    noComplaints: 'You have no complaints yet',
  },
}
