import nlp from 'compromise';
const lex = (nlp as any).world?.() ?? (nlp as any).world;
console.log(Object.keys((nlp as any)));
for (const w of ['staff','ofwat','finance','rising','leak','manual','two','shorter','your','broker','thames','acme','salesforce','motor','settlement','annual','zone','customers','board','adjusters','triage','churn','kpmg','zendesk','picking','warehouse'])
  { const d = nlp(w); console.log(w, d.json()[0].terms[0].tags.join('/'), (nlp as any).world?.()?.model?.one?.lexicon?.[w]); }
