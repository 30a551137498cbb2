import { describe, expect, it } from 'vitest';
import { adviceKeysFor, incidentAdvice } from './advice.js';

describe('advice engine', () => {
  it('orders steps by urgency and gives only what the data classes call for', () => {
    expect(adviceKeysFor(['Email addresses', 'Passwords'])).toEqual(['advice_password', 'advice_phishing']);
    expect(adviceKeysFor(['Passwords'])).not.toContain('advice_card');
    expect(adviceKeysFor(['Credit cards', 'Physical addresses'])).toEqual(['advice_card', 'advice_postal']);
  });

  it('known but harmless classes give the low-risk line; unknown classes give nothing', () => {
    expect(adviceKeysFor(['Genders'])).toEqual(['advice_low']);
    expect(adviceKeysFor([])).toEqual([]);
  });

  it('frames the steps by leak status', () => {
    expect(incidentAdvice({ data_classes: ['Passwords'], leak_status: 'not_found' })).toEqual({
      certainty: 'not_found',
      steps: ['advice_password'],
    });
    expect(incidentAdvice({ data_classes: [], leak_status: null }).certainty).toBe('unknown');
  });
});
