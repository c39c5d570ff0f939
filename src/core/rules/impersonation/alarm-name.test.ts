import { alarmDisplayNameFindings } from './alarm-name.js';
import { t } from '../../i18n/index.js';

describe('alarm-display-name', () => {
  it('a name made only of alarm and service words is low', () => {
    const f = alarmDisplayNameFindings('Urgent Billing Verification');
    expect(f).toEqual([expect.objectContaining({ id: 'alarm-display-name', severity: 'low' })]);
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('"Urgent Billing Verification" is an alarm');
    expect(alarmDisplayNameFindings('Security Alert.')).toHaveLength(1);
  });
  it('names of people or organisations, and brand names, are not alarms', () => {
    expect(alarmDisplayNameFindings('Alice Security')).toEqual([]);
    expect(alarmDisplayNameFindings('PayPal Security Alert')).toEqual([]);
    expect(alarmDisplayNameFindings('Customer Service')).toEqual([]);
    expect(alarmDisplayNameFindings('')).toEqual([]);
  });
});
