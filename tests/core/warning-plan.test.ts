import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@/core/settings';
import { planWarning, shouldWarn, type WarningPlanInput } from '@/core/warning-plan';

function settingsWith(patch: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...patch };
}

function plan(patch: Partial<WarningPlanInput> = {}) {
  return planWarning({
    activity: 'feed-post',
    employerLinked: true,
    settings: defaultSettings(),
    answers: {},
    ...patch,
  });
}

const ids = (p: ReturnType<typeof plan>) => p.questions.map((q) => q.id);

describe('planWarning: questions', () => {
  it('asks who initiated it first, then the role, when neither is known', () => {
    const p = plan();
    expect(ids(p)).toEqual(['initiator', 'role']);
    expect(p.questions[0]?.options).toEqual(['employer-requires', 'employer-asks', 'own-initiative']);
    expect(p.situation).toBeNull();
  });

  it('does not ask the role when the settings know it', () => {
    const p = plan({ settings: settingsWith({ role: 'sales' }) });
    expect(ids(p)).toEqual(['initiator']);
    expect(p.situation).toBeNull();
  });

  it('asks nothing and builds the situation once initiator and role are answered', () => {
    const p = plan({ answers: { initiator: 'employer-asks', role: 'recruiter' } });
    expect(p.questions).toEqual([]);
    expect(p.situation).toEqual({ activity: 'feed-post', role: 'recruiter', initiator: 'employer-asks' });
  });

  it('uses the initiator remembered for this activity only', () => {
    const settings = settingsWith({ role: 'sales', rememberedInitiator: { comment: 'own-initiative' } });
    expect(plan({ activity: 'comment', settings }).situation?.initiator).toBe('own-initiative');
    expect(plan({ activity: 'comment', settings }).initiator).toBe('own-initiative');
    expect(plan({ activity: 'feed-post', settings }).initiator).toBeNull();
    expect(ids(plan({ activity: 'comment', settings }))).toEqual([]);
    expect(ids(plan({ activity: 'feed-post', settings }))).toEqual(['initiator']);
  });

  it('lets an answer given now override the remembered one', () => {
    const settings = settingsWith({ role: 'sales', rememberedInitiator: { 'feed-post': 'own-initiative' } });
    expect(plan({ settings, answers: { initiator: 'employer-requires' } }).situation?.initiator).toBe(
      'employer-requires',
    );
  });

  it('fills job facts from the settings and leaves unknown ones to the core defaults', () => {
    const settings = settingsWith({ role: 'communications', jobDefined: true, workTime: false });
    const p = plan({ settings, answers: { initiator: 'employer-requires' } });
    expect(p.situation).toEqual({
      activity: 'feed-post',
      role: 'communications',
      initiator: 'employer-requires',
      jobDefined: true,
      workTime: false,
    });
    expect(p.situation).not.toHaveProperty('worksCouncil');
  });

  it('asks whether an unclassified group is a work group, after initiator and role', () => {
    expect(ids(plan({ activity: 'group-post', employerLinked: false }))).toEqual([
      'initiator',
      'role',
      'groupKind',
    ]);
    expect(ids(plan({ activity: 'comment', groupKind: 'unclassified' }))).toEqual([
      'initiator',
      'role',
      'groupKind',
    ]);
  });

  it('does not ask about a group already classified or already answered, nor outside groups', () => {
    const settings = settingsWith({ role: 'sales' });
    expect(ids(plan({ activity: 'group-post', groupKind: 'work', settings }))).toEqual(['initiator']);
    expect(ids(plan({ activity: 'group-post', answers: { groupKind: 'private' }, settings }))).toEqual([
      'initiator',
    ]);
    expect(ids(plan({ activity: 'comment', settings }))).toEqual(['initiator']);
  });

  it('never asks more than three questions', () => {
    for (const activity of ['feed-post', 'group-post', 'comment', 'company-page-post'] as const) {
      expect(plan({ activity, groupKind: 'unclassified' }).questions.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('planWarning: what becomes visible', () => {
  it('shows name, photo, job title and the public audience for a feed post; the employer only when linked', () => {
    expect(plan({ employerLinked: true }).exposure).toEqual([
      { kind: 'name' },
      { kind: 'photo' },
      { kind: 'job-title' },
      { kind: 'employer' },
      { kind: 'audience', audience: 'public' },
    ]);
    expect(plan({ employerLinked: false }).exposure.map((e) => e.kind)).not.toContain('employer');
  });

  it('shows group members as the audience of group posts and of comments in groups', () => {
    const audience = (p: ReturnType<typeof plan>) => p.exposure.find((e) => e.kind === 'audience');
    expect(audience(plan({ activity: 'group-post' }))).toEqual({
      kind: 'audience',
      audience: 'group-members',
    });
    expect(audience(plan({ activity: 'comment', groupKind: 'work' }))).toEqual({
      kind: 'audience',
      audience: 'group-members',
    });
    expect(audience(plan({ activity: 'comment' }))).toEqual({ kind: 'audience', audience: 'public' });
  });

  it('shows the network as the audience of a profile update broadcast', () => {
    expect(plan({ activity: 'profile-broadcast' }).exposure).toContainEqual({
      kind: 'audience',
      audience: 'network',
    });
  });
});

describe('shouldWarn', () => {
  const none = defaultSettings();

  it('stays silent for a feed post or a comment outside a group that does not name the employer', () => {
    expect(shouldWarn('feed-post', false, none)).toBe(false);
    expect(shouldWarn('comment', false, none)).toBe(false);
  });

  it('warns for a feed post or a comment that names the employer', () => {
    expect(shouldWarn('feed-post', true, none)).toBe(true);
    expect(shouldWarn('comment', true, none)).toBe(true);
  });

  it('warns for group posts and group comments while the group is not classified yet', () => {
    expect(shouldWarn('group-post', false, none)).toBe(true);
    expect(shouldWarn('group-post', false, none, 'unclassified')).toBe(true);
    expect(shouldWarn('comment', false, none, 'unclassified')).toBe(true);
    // A group remembered as a work group does not ask on every post ("Mooie dag vandaag"): only a
    // post that names the employer warns there.
    expect(shouldWarn('group-post', false, none, 'work')).toBe(false);
    expect(shouldWarn('comment', false, none, 'work')).toBe(false);
    expect(shouldWarn('group-post', true, none, 'work')).toBe(true);
    expect(shouldWarn('group-post', false, none, 'private')).toBe(false);
    expect(shouldWarn('comment', false, none, 'private')).toBe(false);
  });

  it('warns in a private group when the post names the employer', () => {
    expect(shouldWarn('group-post', true, none, 'private')).toBe(true);
  });

  it('always warns for company-page posts and profile changes', () => {
    expect(shouldWarn('company-page-post', false, none)).toBe(true);
    expect(shouldWarn('profile-employer', false, none)).toBe(true);
  });

  it('stays quiet only when the user chose so AND remembered own initiative for that activity', () => {
    const quiet = settingsWith({
      quietOwnInitiative: { 'feed-post': true },
      rememberedInitiator: { 'feed-post': 'own-initiative', comment: 'own-initiative' },
    });
    expect(shouldWarn('feed-post', true, quiet)).toBe(false);
    expect(shouldWarn('comment', true, quiet)).toBe(true);
    const askedByEmployer = settingsWith({
      quietOwnInitiative: { 'feed-post': true },
      rememberedInitiator: { 'feed-post': 'employer-asks' },
    });
    expect(shouldWarn('feed-post', true, askedByEmployer)).toBe(true);
    const notRemembered = settingsWith({ quietOwnInitiative: { 'feed-post': true } });
    expect(shouldWarn('feed-post', true, notRemembered)).toBe(true);
  });
});
