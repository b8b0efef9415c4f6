import { readFileSync } from 'node:fs';
import { loadDrillText } from './src/core/drill/load.js';
import { loadScenarioText } from './src/core/scenario/load.js';
import { parseScript } from './src/core/session.js';
import { analyze } from './src/core/analyze.js';
import { createDrillSession } from './src/core/drill/drill-session.js';
import { gradeDrill } from './src/core/drill/grade-drill.js';
import { buildSubmission, parseSubmission } from './src/core/drill/submission.js';
import { rescoreCohort } from './src/core/cohort/rescore.js';
import { buildCohortReport } from './src/core/cohort/report.js';
const dtext = readFileSync('scenarios/drills/onboarding-week-1.yaml','utf8');
const { drill, version } = loadDrillText(dtext, 'd');
const scen: any = {};
for (const id of drill!.scenarios) { const t = readFileSync(`scenarios/${id}.yaml`,'utf8'); const r = loadScenarioText(t, id); scen[id] = { scenario: r.scenario!, version: r.version }; }
const files: any[] = [];
for (const who of ['good','middling','poor']) {
  const played: any[] = []; const results: any = {};
  for (const id of drill!.scenarios) {
    const s = createDrillSession(scen[id].scenario, drill!, { analyze });
    for (const step of parseScript(readFileSync(`test/fixtures/drills/${who}/${id}.txt`,'utf8').split('\n'))) { if (s.done) break; if (step.kind==='wait') s.wait(step.seconds); else s.reply(step.text); }
    results[id] = s.result(); played.push({ scenario: scen[id].scenario, version: scen[id].version, session: s, startedAt: '2024-05-01T10:00:00Z', finishedAt: '2024-05-01T10:10:00Z' });
    console.log(who, id, results[id].ending, results[id].score, JSON.stringify(results[id].scores), results[id].turns.map((t:any)=>t.stateBefore+'>'+t.state).join(' '));
  }
  const verdict = gradeDrill(drill!, results, Object.fromEntries(Object.entries(scen).map(([k,v]:any)=>[k,v.scenario])));
  console.log(who, verdict.score, verdict.passed, JSON.stringify(verdict.practise));
  const sub = buildSubmission({ trainee: who, drill: drill!, drillVersion: version, played, verdict, startedAt: '2024-05-01T10:00:00Z', finishedAt: '2024-05-01T10:30:00Z' });
  files.push({ file: who + '.json', parsed: parseSubmission(JSON.stringify(sub)) });
}
const t0 = performance.now();
const cohort = rescoreCohort({ files, drill: drill!, drillVersion: version, scenarios: scen, analyze });
const rep = buildCohortReport(cohort, Object.fromEntries(Object.entries(scen).map(([k,v]:any)=>[k,v.scenario])));
console.log(performance.now()-t0);
console.log(JSON.stringify(rep, null, 1).slice(0, 4000));
