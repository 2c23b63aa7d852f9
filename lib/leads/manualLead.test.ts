import { ManualLeadSchema } from './manualLead';

describe('ManualLeadSchema', () => {
  it('trims, lower-cases the email and drops empty fields', () => {
    expect(
      ManualLeadSchema.parse({
        name: '  Ana Popescu ',
        title: ' Director vânzări ',
        company: '',
        email: ' Ana@Firma.RO ',
        phone: '',
        linkedinUrl: 'https://ro.linkedin.com/in/ana-popescu/',
      }),
    ).toEqual({
      name: 'Ana Popescu',
      title: 'Director vânzări',
      email: 'ana@firma.ro',
      linkedinUrl: 'https://ro.linkedin.com/in/ana-popescu/',
    });
  });

  it.each([
    [{ name: '' }, 'name', 'A name is required'],
    [{ name: 'A', email: 'ana@' }, 'email', 'Expected an email address'],
    [{ name: 'A', phone: 'call me' }, 'phone', 'Expected a phone number'],
    [{ name: 'A', linkedinUrl: 'https://evil.example/in/ana' }, 'linkedinUrl', 'Expected a LinkedIn profile URL'],
    [{ name: 'A', linkedinUrl: 'javascript:alert(1)' }, 'linkedinUrl', 'Expected a LinkedIn profile URL'],
    [{ name: 'x'.repeat(201) }, 'name', ''],
  ])('rejects %j at %s', (input, path, message) => {
    const result = ManualLeadSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual([path]);
    expect(issue?.message).toContain(message);
  });

  it.each(['+31 20 123 4567', '0701234567', '+48 (22) 555-01-23', '+40.21.555.0123'])(
    'accepts the phone %s',
    (phone) => {
      expect(ManualLeadSchema.parse({ name: 'A', phone }).phone).toBe(phone);
    },
  );
});
