import { collect, type Source } from './collect';

describe('collect', () => {
  test('keeps the first value found and records the strategy that found it', () => {
    const sources: Source[] = [
      { strategy: 'json-ld', fields: ['name'], read: () => ({ name: 'Åsa Lindqvist' }) },
      { strategy: 'title', fields: ['name', 'title'], read: () => ({ name: 'Someone Else', title: 'Head of Sales' }) },
    ];
    expect(collect(sources, ['name', 'title', 'company'])).toEqual({
      fields: { name: 'Åsa Lindqvist', title: 'Head of Sales' },
      diagnostics: [
        { field: 'name', strategy: 'json-ld' },
        { field: 'title', strategy: 'title' },
        { field: 'company', strategy: 'not-found' },
      ],
    });
  });

  test('records a strategy that throws and goes on with the next one', () => {
    const sources: Source[] = [
      {
        strategy: 'embedded-json',
        fields: ['name', 'title'],
        read: () => {
          throw new Error('boom');
        },
      },
      { strategy: 'top-card', fields: ['name'], read: () => ({ name: 'Anna Berg' }) },
    ];
    const { fields, diagnostics } = collect(sources, ['name']);
    expect(fields).toEqual({ name: 'Anna Berg' });
    expect(diagnostics).toEqual([
      { field: '*', strategy: 'embedded-json-failed' },
      { field: 'name', strategy: 'top-card' },
    ]);
  });

  test('does not run a source whose fields are all found', () => {
    const read = vi.fn(() => ({ name: 'Later' }));
    collect(
      [
        { strategy: 'first', fields: ['name'], read: () => ({ name: 'First' }) },
        { strategy: 'second', fields: ['name'], read },
      ],
      ['name'],
    );
    expect(read).not.toHaveBeenCalled();
  });

  test('sanitizes values and coerces them to the field type', () => {
    const { fields } = collect(
      [
        {
          strategy: 'dom',
          fields: ['name', 'followers', 'country', 'companySize'],
          read: () => ({
            name: ' <b>Anna</b>\u200B Berg ',
            followers: '4,812 followers',
            country: 'Sverige',
            companySize: -3,
          }),
        },
      ],
      [],
    );
    expect(fields).toEqual({ name: 'Anna Berg', followers: 4812, country: 'SE' });
  });

  test('ignores values for fields a source did not declare', () => {
    const { fields } = collect(
      [{ strategy: 'dom', fields: ['name'], read: () => ({ name: 'Anna', email: 'x@y.z' }) }],
      [],
    );
    expect(fields).toEqual({ name: 'Anna' });
  });
});
