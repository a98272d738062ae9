/**
 * Reported speech without quote marks, in the shapes wire and local copy uses (issue 14): each draft must give the
 * claim with this speaker, cue and reported words (content), and no other attributed claim unless listed.
 */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { attributed, itGivesClaims, type Reported } from './reported-harness';

const SHAPES: Reported[] = [
  // surnames and particles the tagger reads as other words
  {
    text: 'Lynch said the county had not paid the contractor for the March repairs.',
    claims: [
      { speaker: 'Lynch', cue: 'said', content: 'the county had not paid the contractor for the March repairs' },
    ],
  },
  {
    text: 'De Luca said the ferry would run again on Monday.',
    claims: [{ speaker: 'De Luca', cue: 'said', content: 'the ferry would run again on Monday' }],
  },
  // cue verbs the tagger reads as nouns
  {
    text: 'Polls show a close race in the Third District.',
    claims: [{ speaker: 'Polls', cue: 'show', content: 'a close race in the Third District' }],
  },
  {
    text: 'Six in 10 say the county should fix its roads before it builds a stadium.',
    claims: [
      { speaker: 'Six in 10', cue: 'say', content: 'the county should fix its roads before it builds a stadium' },
    ],
  },
  {
    text: 'The county manager plans to close two branch libraries next year.',
    claims: [{ speaker: 'The county manager', cue: 'plans', content: 'to close two branch libraries next year' }],
  },
  // long subjects: prepositional tails, participles, asides between dashes, a fronted adverbial
  {
    text: 'Some farmers at the meeting in Greeley said they would sell their water rights.',
    claims: [
      {
        speaker: 'Some farmers at the meeting in Greeley',
        cue: 'said',
        content: 'they would sell their water rights',
      },
    ],
  },
  {
    text: 'People briefed on the talks said the deal could be signed this week.',
    claims: [{ speaker: 'People briefed on the talks', cue: 'said', content: 'the deal could be signed this week' }],
  },
  {
    text: 'Reached by phone on Tuesday, Ortiz — who has run the depot since 2009 — told the Gazette the trucks would be sold.',
    claims: [{ speaker: 'Ortiz', cue: 'told', content: 'the trucks would be sold' }],
  },
  // an addressee that runs on to "that"
  {
    text: 'The fire chief told residents at a meeting in the school gym that the dam was safe.',
    claims: [{ speaker: 'The fire chief', cue: 'told', content: 'that the dam was safe' }],
  },
  {
    text: 'Wilson told The Post and Courier of Charleston on Saturday that he had voted early.',
    claims: [{ speaker: 'Wilson', cue: 'told', content: 'that he had voted early' }],
  },
  // attributions that close the sentence: "as" and a cue, an inverted present tense, a passive with its agent
  {
    text: 'The levee was never finished, as the engineer explained last week.',
    claims: [{ speaker: 'the engineer', cue: 'explained', content: 'The levee was never finished' }],
  },
  // "put it" reports only after "as": opening the sentence or closing it
  {
    text: 'As Tavares put it, the mitigation has to come first.',
    claims: [{ speaker: 'Tavares', cue: 'put it', content: 'the mitigation has to come first' }],
  },
  {
    text: 'The channel is already too shallow for the new ships, as one harbor pilot put it.',
    claims: [
      { speaker: 'one harbor pilot', cue: 'put it', content: 'The channel is already too shallow for the new ships' },
    ],
  },
  { text: 'The commissioners put it on the agenda for March.', claims: [] },
  {
    text: 'The mill will close in March, reports the Valley Courier.',
    claims: [{ speaker: 'the Valley Courier', cue: 'reports', content: 'The mill will close in March' }],
  },
  {
    text: 'The closure was reported earlier by The Harbor Ledger.',
    claims: [{ speaker: 'The Harbor Ledger', cue: 'reported', content: 'The closure' }],
  },
  // groups named by what they did: a relative clause or a quantifier is the speaker
  {
    text: 'Those who spoke said the line moved slowly.',
    claims: [{ speaker: 'Those who spoke', cue: 'said', content: 'the line moved slowly' }],
  },
  {
    text: 'Most who testified said the dam leaked.',
    claims: [{ speaker: 'Most who testified', cue: 'said', content: 'the dam leaked' }],
  },
  {
    text: 'Families that lost everything said the county was slow to help.',
    claims: [{ speaker: 'Families that lost everything', cue: 'said', content: 'the county was slow to help' }],
  },
  {
    text: 'Most of them said the plant had treated them well.',
    claims: [{ speaker: 'Most of them', cue: 'said', content: 'the plant had treated them well' }],
  },
  {
    text: "People with knowledge of the county's finances said the audit would be released Friday.",
    claims: [
      {
        speaker: "People with knowledge of the county's finances",
        cue: 'said',
        content: 'the audit would be released Friday',
      },
    ],
  },
  {
    text: 'Still, 52 percent of registered voters say they would back the levy.',
    claims: [{ speaker: '52 percent of registered voters', cue: 'say', content: 'they would back the levy' }],
  },
  {
    text: 'Long-serving councilman Dan Ortiz said the depot would close.',
    claims: [{ speaker: 'Long-serving councilman Dan Ortiz', cue: 'said', content: 'the depot would close' }],
  },
  {
    text: 'The state Court of Appeals for the 3rd District overruled the judge and said the county had to pay.',
    claims: [
      { speaker: 'The state Court of Appeals for the 3rd District', cue: 'said', content: 'the county had to pay' },
    ],
  },
  // a document as the subject of a cue the tagger reads as a noun; a clause opened by "for … to"
  {
    text: 'The report notes these expenses were never approved.',
    claims: [{ speaker: 'The report', cue: 'notes', content: 'these expenses were never approved' }],
  },
  {
    text: 'Engineers say for the levee to hold the county must raise it two feet.',
    claims: [{ speaker: 'Engineers', cue: 'say', content: 'for the levee to hold the county must raise it two feet' }],
  },
  // words the tagger misreads: a verb read as a noun, "everything" read as a verb
  {
    text: 'Road repairs cost the county $4 million, the engineer said.',
    claims: [{ speaker: 'the engineer', cue: 'said', content: 'Road repairs cost the county $4 million' }],
  },
  {
    text: 'Residents who say everything is fine have not read the audit.',
    claims: [{ speaker: 'Residents who', cue: 'say', content: 'everything is fine' }],
  },
  // a fronted phrase without its comma
  {
    text: 'During the hearing Ortiz said the dam was safe.',
    claims: [{ speaker: 'Ortiz', cue: 'said', content: 'the dam was safe' }],
  },
  {
    text: 'After the vote the mayor said the plant would close.',
    claims: [{ speaker: 'the mayor', cue: 'said', content: 'the plant would close' }],
  },
  {
    text: 'In an interview with the Courier she said the depot would close.',
    claims: [{ speaker: 'she', cue: 'said', content: 'the depot would close' }],
  },
  // polls: a modal in the reported words, a share of the voters as the speaker
  {
    text: '44 percent would back Ortiz, the poll found.',
    claims: [{ speaker: 'the poll', cue: 'found', content: '44 percent would back Ortiz' }],
  },
  {
    text: 'Forty-four percent of voters said they would back Ortiz.',
    claims: [{ speaker: 'Forty-four percent of voters', cue: 'said', content: 'they would back Ortiz' }],
  },
  {
    text: 'As the engineer explained last week, the levee was never finished.',
    claims: [{ speaker: 'the engineer', cue: 'explained', content: 'the levee was never finished' }],
  },
  // "according to" after a conjunction or an adverb; a poll or a study after "in" as the source
  {
    text: 'But according to county records, the depot lost money every year since 2019.',
    claims: [{ speaker: 'county records', cue: 'according to', content: 'the depot lost money every year since 2019' }],
  },
  {
    text: 'Now, according to the latest county survey, most residents support the levy.',
    claims: [{ speaker: 'the latest county survey', cue: 'according to', content: 'most residents support the levy' }],
  },
  {
    text: 'In the Harbor College poll, Ortiz’s lead over Lee narrowed to four points.',
    claims: [
      { speaker: 'the Harbor College poll', cue: 'In', content: 'Ortiz’s lead over Lee narrowed to four points' },
    ],
  },
  {
    text: 'Ortiz led Lee by four points, in a Harbor College poll released Sunday.',
    claims: [{ speaker: 'a Harbor College poll released Sunday', cue: 'in', content: 'Ortiz led Lee by four points' }],
  },
  // subjects joined by "and", with a participle and its object, with a relative "that"
  {
    text: 'The Courier and the Valley Gazette filed a motion to unseal the records, arguing the public had a right to know.',
    claims: [
      { speaker: 'The Courier and the Valley Gazette', cue: 'arguing', content: 'the public had a right to know' },
    ],
  },
  {
    text: 'A union representing bus drivers endorsed Ortiz on Thursday.',
    claims: [{ speaker: 'A union representing bus drivers', cue: 'endorsed', content: 'Ortiz' }],
  },
  {
    text: 'Residents opposing the plan said the depot should stay.',
    claims: [{ speaker: 'Residents opposing the plan', cue: 'said', content: 'the depot should stay' }],
  },
  {
    text: 'A 2021 study that appeared in a medical journal found that the clinic overbilled patients.',
    claims: [
      {
        speaker: 'A 2021 study that appeared in a medical journal',
        cue: 'found',
        content: 'that the clinic overbilled patients',
      },
    ],
  },
  // poll results: a share of the voters backs, prefers or supports someone
  {
    text: 'Forty-four percent would back Ortiz.',
    claims: [{ speaker: 'Forty-four percent', cue: 'back', content: 'Ortiz' }],
  },
  {
    text: 'Among likely voters, 5 percent prefer Lee.',
    claims: [{ speaker: '5 percent', cue: 'prefer', content: 'Lee' }],
  },
  {
    text: 'Only 1 percent support the Green Party candidate.',
    claims: [{ speaker: '1 percent', cue: 'support', content: 'the Green Party candidate' }],
  },
  // a quantifier after its subject; a past form read as an adjective; "told" with an infinitive
  {
    text: 'The commissioners all said the depot would close.',
    claims: [{ speaker: 'The commissioners', cue: 'said', content: 'the depot would close' }],
  },
  {
    text: 'Sen. Ana Ruiz grilled the utility’s chief executive on Tuesday.',
    claims: [{ speaker: 'Sen. Ana Ruiz', cue: 'grilled', content: 'the utility’s chief executive' }],
  },
  {
    text: 'Mayor Lind told her staff to draft a second plan.',
    claims: [{ speaker: 'Mayor Lind', cue: 'told', content: 'her staff to draft a second plan' }],
  },
  {
    text: 'In court, the county will face six cities that support the new rules.',
    claims: [{ speaker: 'six cities', cue: 'support', content: 'the new rules' }],
  },
  // a participle after the main clause, an adverb before it; a participle is never an inverted cue
  {
    text: 'The mayor praised the crews, comparing them to the volunteers of 1993.',
    claims: [
      { speaker: 'The mayor', cue: 'praised', content: 'the crews' },
      { speaker: 'The mayor', cue: 'comparing', content: 'them to the volunteers of 1993' },
    ],
  },
  {
    text: 'The contractor blamed the weather, even suggesting the county had ordered the wrong steel.',
    claims: [
      { speaker: 'The contractor', cue: 'blamed', content: 'the weather' },
      { speaker: 'The contractor', cue: 'suggesting', content: 'the county had ordered the wrong steel' },
    ],
  },
  {
    text: 'The mayor toured the site, attacking the contractor for the delays.',
    claims: [{ speaker: 'The mayor', cue: 'attacking', content: 'the contractor for the delays' }],
  },
  // stances and decisions
  {
    text: 'The teachers union supports the new contract.',
    claims: [{ speaker: 'The teachers union', cue: 'supports', content: 'the new contract' }],
  },
  {
    text: 'The school board decided to close Lincoln Elementary in June.',
    claims: [{ speaker: 'The school board', cue: 'decided', content: 'to close Lincoln Elementary in June' }],
  },
  {
    text: 'Neighbors at the hearing opposed the rezoning of the mill site.',
    claims: [{ speaker: 'Neighbors at the hearing', cue: 'opposed', content: 'the rezoning of the mill site' }],
  },
  // more than one claim in a sentence
  {
    text: 'The mayor said the bridge would reopen in May, adding that the repairs had cost the city $2 million.',
    claims: [
      { speaker: 'The mayor', cue: 'said', content: 'the bridge would reopen in May' },
      { speaker: 'The mayor', cue: 'adding', content: 'that the repairs had cost the city $2 million' },
    ],
  },
  {
    text: 'The dam will hold through the spring, the county engineer said, adding that crews would inspect it weekly.',
    claims: [
      { speaker: 'the county engineer', cue: 'said', content: 'The dam will hold through the spring' },
      { speaker: 'the county engineer', cue: 'adding', content: 'that crews would inspect it weekly' },
    ],
  },
  {
    text: 'Council member Ana Ruiz said the vote had been rushed, and urged that it be held again in June.',
    claims: [
      { speaker: 'Council member Ana Ruiz', cue: 'said', content: 'the vote had been rushed' },
      { speaker: 'Council member Ana Ruiz', cue: 'urged', content: 'that it be held again in June' },
    ],
  },
  {
    text: 'About four in 10 riders said the bus service had improved, while a third said it had gotten worse.',
    claims: [
      { speaker: 'About four in 10 riders', cue: 'said', content: 'the bus service had improved' },
      { speaker: 'a third', cue: 'said', content: 'it had gotten worse' },
    ],
  },
  {
    text: 'Most of the drivers said they would strike; the rest said they would wait for a new offer.',
    claims: [
      { speaker: 'Most of the drivers', cue: 'said', content: 'they would strike' },
      { speaker: 'the rest', cue: 'said', content: 'they would wait for a new offer' },
    ],
  },
  // a trailing attribution whose cue names who was told, and one followed by a clause of the writer's
  {
    text: 'The county could reopen the Elm Street bridge by March, Sen. Ana Ruiz (D-Ohio) told the Ledger on Thursday.',
    claims: [
      {
        speaker: 'Sen. Ana Ruiz (D-Ohio)',
        cue: 'told',
        content: 'The county could reopen the Elm Street bridge by March',
      },
    ],
  },
  {
    text: 'The closure is an insult to every commuter, two council members said Friday, as crews fenced off the ramp.',
    claims: [{ speaker: 'two council members', cue: 'said', content: 'The closure is an insult to every commuter' }],
  },
  // where it was said, before "that"
  {
    text: 'Dan Ortiz says in Toledo that the plant will hire 200 workers.',
    claims: [{ speaker: 'Dan Ortiz', cue: 'says', content: 'that the plant will hire 200 workers' }],
  },
  // "called" naming something as something
  {
    text: 'The union called the contract offer insulting.',
    claims: [{ speaker: 'The union', cue: 'called', content: 'the contract offer insulting' }],
  },
  {
    text: 'Ortiz has called the toll plan a tax on commuters.',
    claims: [{ speaker: 'Ortiz', cue: 'called', content: 'the toll plan a tax on commuters' }],
  },
  // a participle before the head noun, which the tagger reads as a verb
  {
    text: 'Although the plant lost money last year, elected officials from both counties say it will stay open.',
    claims: [{ speaker: 'elected officials from both counties', cue: 'say', content: 'it will stay open' }],
  },
  {
    text: 'The utility filed in Dover, where consulting engineers say the grid is oldest.',
    claims: [{ speaker: 'consulting engineers', cue: 'say', content: 'the grid is oldest' }],
  },
  // a subject after a subordinator in mid-sentence
  {
    text: 'Parents gathered outside the school on Friday, shortly after the district said it would cancel the late bus.',
    claims: [{ speaker: 'the district', cue: 'said', content: 'it would cancel the late bus' }],
  },
  {
    text: 'The vote was delayed because two trustees say the budget leaves out the pension fund.',
    claims: [{ speaker: 'two trustees', cue: 'say', content: 'the budget leaves out the pension fund' }],
  },
  // object cues: a name or noun alone is what they report; the tagger reads the cue as a noun after a plural subject
  {
    text: 'The firefighters union endorsed Delgado.',
    claims: [{ speaker: 'The firefighters union', cue: 'endorsed', content: 'Delgado' }],
  },
  {
    text: 'A majority of county voters support annexation.',
    claims: [{ speaker: 'A majority of county voters', cue: 'support', content: 'annexation' }],
  },
  {
    text: 'Two-thirds of renters support capping yearly increases.',
    claims: [{ speaker: 'Two-thirds of renters', cue: 'support', content: 'capping yearly increases' }],
  },
  // a reporting participle after a preposition reports the main clause's subject
  {
    text: 'Mayor Quill drew boos at the hearing by saying that the pool would stay closed all summer.',
    claims: [{ speaker: 'Mayor Quill', cue: 'saying', content: 'that the pool would stay closed all summer' }],
  },
  {
    text: 'The builder withdrew its bid last spring after warning that steel prices had doubled.',
    claims: [{ speaker: 'The builder', cue: 'warning', content: 'that steel prices had doubled' }],
  },
  // a verb that reports with its particle: what follows the particle is the reported words
  {
    text: 'Councilwoman Ada Brennick pointed out that the levy had failed twice before.',
    claims: [
      { speaker: 'Councilwoman Ada Brennick', cue: 'pointed out', content: 'that the levy had failed twice before' },
    ],
  },
  {
    text: 'The harbor master pointed to the silted channel as the cause of the grounding.',
    claims: [
      {
        speaker: 'The harbor master',
        cue: 'pointed to',
        content: 'the silted channel as the cause of the grounding',
      },
    ],
  },
  {
    text: 'Critics pointed to a report that showed the cost of the project had doubled since 2021.',
    claims: [
      { speaker: 'Critics', cue: 'pointed to', content: 'a report' },
      { speaker: 'a report', cue: 'showed', content: 'the cost of the project had doubled since 2021' },
    ],
  },
  {
    text: 'Bishop Okoro spoke of the mill closures that emptied the valley in the 1980s.',
    claims: [
      { speaker: 'Bishop Okoro', cue: 'spoke of', content: 'the mill closures that emptied the valley in the 1980s' },
    ],
  },
  {
    text: 'Two county commissioners weighed in on the landfill vote Tuesday.',
    claims: [{ speaker: 'Two county commissioners', cue: 'weighed in on', content: 'the landfill vote' }],
  },
  {
    text: 'The fire marshal closed the pier, pointing to the rotten pilings under the boardwalk.',
    claims: [{ speaker: 'The fire marshal', cue: 'pointing to', content: 'the rotten pilings under the boardwalk' }],
  },
  // a relative clause set off by commas reports up to its closing comma; "who" is the clause's subject
  {
    text: 'Pastor Dele Amadi, who said the shelter had turned away 40 families in March, resigned from the board on Friday.',
    claims: [
      {
        speaker: 'Pastor Dele Amadi, who',
        cue: 'said',
        content: 'the shelter had turned away 40 families in March',
      },
    ],
  },
  {
    text: 'The port authority, which has denied any role in the spill, said it would pay for the cleanup.',
    claims: [
      { speaker: 'The port authority, which', cue: 'denied', content: 'any role in the spill' },
      { speaker: 'The port authority', cue: 'said', content: 'it would pay for the cleanup' },
    ],
  },
  // a relative clause opened by a preposition has a subject of its own
  {
    text: "Council members seized on the treasurer's radio interview, in which she said the reserve fund was nearly empty.",
    claims: [{ speaker: 'she', cue: 'said', content: 'the reserve fund was nearly empty' }],
  },
  // a raising verb between the subject and its cue leaves the subject the speaker
  {
    text: 'Harbor Commissioner Lew Tamsin went on to explain that the dredging contract had lapsed in March.',
    claims: [
      {
        speaker: 'Harbor Commissioner Lew Tamsin',
        cue: 'explain',
        content: 'that the dredging contract had lapsed in March',
      },
    ],
  },
  {
    text: 'The superintendent seemed to suggest that the two middle schools would merge next fall.',
    claims: [
      { speaker: 'The superintendent', cue: 'suggest', content: 'that the two middle schools would merge next fall' },
    ],
  },
  // verbs of speech whose object is what was said
  {
    text: 'The state geologist noted the new setback rule in an interview last week.',
    claims: [{ speaker: 'The state geologist', cue: 'noted', content: 'the new setback rule' }],
  },
  {
    text: 'Governor Elsa Brandvold echoed the warning from the water board.',
    claims: [{ speaker: 'Governor Elsa Brandvold', cue: 'echoed', content: 'the warning from the water board' }],
  },
  // reported words that run into a long quote without a cue of its own: one mixed claim
  {
    text: 'Commissioner Hale says the new levy “would be the end of every corner store on Main Street.”',
    claims: [
      {
        speaker: 'Commissioner Hale',
        cue: 'says',
        content: 'the new levy “would be the end of every corner store on Main Street.”',
        kind: 'mixed',
      },
    ],
  },
  // a negation with a typographic apostrophe between the auxiliary and the cue
  {
    text: 'Attorney General Dana Whitcomb isn’t saying if the charity broke any state laws.',
    claims: [
      { speaker: 'Attorney General Dana Whitcomb', cue: 'saying', content: 'if the charity broke any state laws' },
    ],
  },
  {
    text: 'Most council members don’t think the levy can pass before spring.',
    claims: [{ speaker: 'Most council members', cue: 'think', content: 'the levy can pass before spring' }],
  },
  // verbs that judge, compare or set out what they report, with a plain object
  {
    text: 'Mayor Ostrander likened the new parking rules to a tax on shoppers.',
    claims: [{ speaker: 'Mayor Ostrander', cue: 'likened', content: 'the new parking rules to a tax on shoppers' }],
  },
  {
    text: 'The nurses union bemoaned the closure of the Eastside clinic.',
    claims: [{ speaker: 'The nurses union', cue: 'bemoaned', content: 'the closure of the Eastside clinic' }],
  },
  // an admission and a correction: "recognized that", "clarified that"
  {
    text: 'The school board recognized that the bus contract had cost far more than promised.',
    claims: [
      {
        speaker: 'The school board',
        cue: 'recognized',
        content: 'that the bus contract had cost far more than promised',
      },
    ],
  },
  {
    text: 'A spokeswoman for the mayor later clarified that no decision on the levy had been made.',
    claims: [
      {
        speaker: 'A spokeswoman for the mayor',
        cue: 'clarified',
        content: 'that no decision on the levy had been made',
      },
    ],
  },
  // verbs that report with a phrase after them: "laid out", "made it clear"
  {
    text: 'Councilwoman Ines Reyes laid out her plan for the riverfront on Tuesday.',
    claims: [{ speaker: 'Councilwoman Ines Reyes', cue: 'laid out', content: 'her plan for the riverfront' }],
  },
  {
    text: 'The governor made it clear that the paper mill would not reopen.',
    claims: [{ speaker: 'The governor', cue: 'made it clear', content: 'that the paper mill would not reopen' }],
  },
  // a stance after "is" or "are": a clause, an infinitive for intentions, or a plain object after its preposition
  {
    text: 'Many council members are afraid that the levy will fail in November.',
    claims: [{ speaker: 'Many council members', cue: 'afraid', content: 'that the levy will fail in November' }],
  },
  {
    text: 'The harbor master wasn’t too concerned about the silt in the channel.',
    claims: [{ speaker: 'The harbor master', cue: 'concerned about', content: 'the silt in the channel' }],
  },
  {
    text: 'Mayor Tilda Brun is eager to settle the lawsuit before the election.',
    claims: [{ speaker: 'Mayor Tilda Brun', cue: 'eager', content: 'to settle the lawsuit before the election' }],
  },
  {
    text: 'She was sure the county would pay for the repairs.',
    claims: [{ speaker: 'She', cue: 'sure', content: 'the county would pay for the repairs' }],
  },
  // a noun for what its owner decided, holds or said, before "to" or "that": the words run to the main verb
  {
    text: "The superintendent's decision to close two middle schools angered parents.",
    claims: [{ speaker: 'The superintendent', cue: 'decision', content: 'to close two middle schools' }],
  },
  {
    text: "Commissioner Ortiz's claim that the pier was safe proved wrong.",
    claims: [{ speaker: 'Commissioner Ortiz', cue: 'claim', content: 'that the pier was safe' }],
  },
  {
    text: 'His refusal to release the audit drew criticism from the council.',
    claims: [{ speaker: 'His', cue: 'refusal', content: 'to release the audit' }],
  },
  // a trailing cue in the present tense that the tagger reads as a noun
  {
    text: 'Debris removal alone will cost between $30 million and $45 million, the county estimates.',
    claims: [
      {
        speaker: 'the county',
        cue: 'estimates',
        content: 'Debris removal alone will cost between $30 million and $45 million',
      },
    ],
  },
  {
    text: 'The repairs will cost $12 million, engineers estimate.',
    claims: [{ speaker: 'engineers', cue: 'estimate', content: 'The repairs will cost $12 million' }],
  },
  // a participle after a subject with its appositive: the name is the speaker
  {
    text: "Meridian's chief executive, Karin Søgaard, apologised on Tuesday, saying the company had let members down.",
    claims: [{ speaker: 'Karin Søgaard', cue: 'saying', content: 'the company had let members down' }],
  },
  {
    text: 'Meridian\'s chief executive, Karin Søgaard, apologised, saying the company "did not live up to that trust."',
    claims: [
      {
        speaker: 'Karin Søgaard',
        cue: 'saying',
        content: 'the company "did not live up to that trust."',
        kind: 'mixed',
      },
    ],
  },
  // a second cue of the same subject after "and", in a past or present-tense form: two claims
  {
    text: 'Councilman Reyes said the depot would stay open through June and warned against selling the land.',
    claims: [
      { speaker: 'Councilman Reyes', cue: 'said', content: 'the depot would stay open through June' },
      { speaker: 'Councilman Reyes', cue: 'warned against', content: 'selling the land' },
    ],
  },
  {
    text: 'The county clerk said the ballots were counted twice and called the recount a waste of money.',
    claims: [
      { speaker: 'The county clerk', cue: 'said', content: 'the ballots were counted twice' },
      { speaker: 'The county clerk', cue: 'called', content: 'the recount a waste of money' },
    ],
  },
  // a relative pronoun that stands for what the cue reports: the relative clause's subject is the speaker
  {
    text: 'The county built a floodwall along the river, which the mayor said the state should also pay for.',
    claims: [{ speaker: 'the mayor', cue: 'said', content: 'the state should also pay for' }],
  },
  // an attribution between commas after a fronted phrase reports the clause after it, not an infinitive's subject
  {
    text: 'Back in Kettering, Mr. Ostrow said, he decided to run for the school board.',
    claims: [{ speaker: 'Mr. Ostrow', cue: 'said', content: 'he decided to run for the school board' }],
  },
  // participles the tagger reads as verbs inside a speaker's noun phrase: hyphenated, or after an adverb in "-ly"
  {
    text: 'Property taxes would rise 4 percent, according to the conservative-leaning Harbor Institute, twice what the county projected.',
    claims: [
      {
        speaker: 'the conservative-leaning Harbor Institute',
        cue: 'according to',
        content: 'Property taxes would rise 4 percent',
      },
    ],
  },
  {
    text: 'Campaign donations topped $3 million in August, an analysis of newly filed county reports shows.',
    claims: [
      {
        speaker: 'an analysis of newly filed county reports',
        cue: 'shows',
        content: 'Campaign donations topped $3 million in August',
      },
    ],
  },
  {
    text: 'Plumbers say a good under-sink filter costs $200 to $400, plus cartridges.',
    claims: [
      { speaker: 'Plumbers', cue: 'say', content: 'a good under-sink filter costs $200 to $400, plus cartridges' },
    ],
  },
  // a past form after an adjective, with its object, is the verb of the clause a trailing attribution reports
  {
    text: 'The middle fifth paid 8.9 percent, the county assessor said in a June report.',
    claims: [{ speaker: 'the county assessor', cue: 'said', content: 'The middle fifth paid 8.9 percent' }],
  },
  // a quantifier standing for a group of people, alone or with its group
  {
    text: 'The levy will pass in November, many in the council believe.',
    claims: [{ speaker: 'many in the council', cue: 'believe', content: 'The levy will pass in November' }],
  },
  {
    text: 'Some said the depot should close, while others said it should stay open.',
    claims: [
      { speaker: 'Some', cue: 'said', content: 'the depot should close' },
      { speaker: 'others', cue: 'said', content: 'it should stay open' },
    ],
  },
  {
    text: 'The ferry was running late, another source said.',
    claims: [{ speaker: 'another source', cue: 'said', content: 'The ferry was running late' }],
  },
  // a given name the tagger reads as a verb, opening the sentence before the surname
  {
    text: 'Ted Okafor says the bridge will reopen to traffic in March.',
    claims: [{ speaker: 'Ted Okafor', cue: 'says', content: 'the bridge will reopen to traffic in March' }],
  },
  {
    text: "Grant Ellison, the county's emergency manager, said the shelters would stay open through Sunday.",
    claims: [
      {
        speaker: "Grant Ellison, the county's emergency manager",
        cue: 'said',
        content: 'the shelters would stay open through Sunday',
      },
    ],
  },
  // the people a poll asked, named by a participle after them
  {
    text: 'Those surveyed said the county should fix its roads before it builds a stadium.',
    claims: [
      { speaker: 'Those surveyed', cue: 'said', content: 'the county should fix its roads before it builds a stadium' },
    ],
  },
  {
    text: 'Some 40 percent of parents polled said the new bus routes made their children late for school.',
    claims: [
      {
        speaker: 'Some 40 percent of parents polled',
        cue: 'said',
        content: 'the new bus routes made their children late for school',
      },
    ],
  },
  // an approximation opening a share of a group is part of the subject, and of the reported words
  {
    text: 'Nearly nine out of 10 say the levy is too high.',
    claims: [{ speaker: 'Nearly nine out of 10', cue: 'say', content: 'the levy is too high' }],
  },
  {
    text: 'About half of the tenants say their rent rose more than 10 percent last year.',
    claims: [
      { speaker: 'About half of the tenants', cue: 'say', content: 'their rent rose more than 10 percent last year' },
    ],
  },
  {
    text: 'The water authority said about half of the pipes under Main Street were laid before 1950.',
    claims: [
      {
        speaker: 'The water authority',
        cue: 'said',
        content: 'about half of the pipes under Main Street were laid before 1950',
      },
    ],
  },
  // a trailing attribution to a source close to someone, or told to someone
  {
    text: 'The depot will close in June, a source close to her said.',
    claims: [{ speaker: 'a source close to her', cue: 'said', content: 'The depot will close in June' }],
  },
  {
    text: 'The county will drop the charges, the prosecutor told him on Friday.',
    claims: [{ speaker: 'the prosecutor', cue: 'told', content: 'The county will drop the charges' }],
  },
  // long subjects: "at least", a possessive mark, a participle's infinitive
  {
    text: 'At least half of the tenants in each building say their heat failed in January.',
    claims: [
      {
        speaker: 'At least half of the tenants in each building',
        cue: 'say',
        content: 'their heat failed in January',
      },
    ],
  },
  {
    text: "The deputy head of China's delegation to the talks said the two sides were close to a deal.",
    claims: [
      {
        speaker: "The deputy head of China's delegation to the talks",
        cue: 'said',
        content: 'the two sides were close to a deal',
      },
    ],
  },
  {
    text: 'Parents hoping to save the school say they will appeal to the state.',
    claims: [{ speaker: 'Parents hoping to save the school', cue: 'say', content: 'they will appeal to the state' }],
  },
  // polls and records: "polling" read as a verb, a slash between two names, a participle naming who compiled them
  {
    text: 'Exit polling showed that Ortiz won every ward except the Fifth.',
    claims: [{ speaker: 'Exit polling', cue: 'showed', content: 'that Ortiz won every ward except the Fifth' }],
  },
  {
    text: 'Turnout was low on Tuesday, and a new Ledger/KTVA poll shows the two candidates in a dead heat.',
    claims: [{ speaker: 'a new Ledger/KTVA poll', cue: 'shows', content: 'the two candidates in a dead heat' }],
  },
  {
    text: 'The councilman has not paid the fine, county records compiled by the Valley Courier show.',
    claims: [
      {
        speaker: 'county records compiled by the Valley Courier',
        cue: 'show',
        content: 'The councilman has not paid the fine',
      },
    ],
  },
  // a participle after "with" and its group, after a dash, or after a subject with asides between commas
  {
    text: 'The levy is gaining support, with 58 percent of likely voters saying they would back it.',
    claims: [{ speaker: '58 percent of likely voters', cue: 'saying', content: 'they would back it' }],
  },
  {
    text: 'Most residents shrugged off the closure, with three in 10 saying it would change nothing for them.',
    claims: [{ speaker: 'three in 10', cue: 'saying', content: 'it would change nothing for them' }],
  },
  {
    text: 'The mayor changed course on Tuesday – saying the depot would stay open through the winter.',
    claims: [{ speaker: 'The mayor', cue: 'saying', content: 'the depot would stay open through the winter' }],
  },
  {
    text: 'Councilwoman Ana Ruiz, D-Ward 3, who faces a recall vote, dropped her bid for the seat, saying the recall had become a distraction.',
    claims: [{ speaker: 'Councilwoman Ana Ruiz', cue: 'saying', content: 'the recall had become a distraction' }],
  },
  // a participle after a comma names no speaker after it: it goes on with the sentence's own
  {
    text: 'Many council members have also warned the county not to raise fees this year, noting limited gains so far in wages.',
    claims: [
      { speaker: 'Many council members', cue: 'warned', content: 'not to raise fees this year' },
      { speaker: 'Many council members', cue: 'noting', content: 'limited gains so far in wages' },
    ],
  },
  // "according to" with a long source, after a colon or an opening parenthesis, after a dash, or with no mark
  {
    text: 'According to early results of the exit poll conducted by the Ledger and Channel 4 at 40 precincts, Ortiz led in both wards.',
    claims: [
      {
        speaker: 'early results of the exit poll conducted by the Ledger and Channel 4 at 40 precincts',
        cue: 'According to',
        content: 'Ortiz led in both wards',
      },
    ],
  },
  {
    text: 'The turnout was the lowest in a decade: According to the county clerk, 31 percent of voters cast a ballot.',
    claims: [{ speaker: 'the county clerk', cue: 'According to', content: '31 percent of voters cast a ballot' }],
  },
  {
    text: "(According to the sheriff's office, it does not keep figures on thefts of catalytic converters.)",
    claims: [
      {
        speaker: "the sheriff's office",
        cue: 'According to',
        content: 'it does not keep figures on thefts of catalytic converters',
      },
    ],
  },
  {
    text: "The county had 115 burglaries last year — most of them in the fall — according to the most recent data from the sheriff's office.",
    claims: [
      {
        speaker: "the most recent data from the sheriff's office",
        cue: 'according to',
        content: 'The county had 115 burglaries last year — most of them in the fall',
      },
    ],
  },
  {
    text: 'Ortiz leads the field by 800 votes according to a count by the county clerk, but Ruiz has refused to concede.',
    claims: [
      { speaker: 'a count by the county clerk', cue: 'according to', content: 'Ortiz leads the field by 800 votes' },
      { speaker: 'Ruiz', cue: 'refused', content: 'to concede' },
    ],
  },
  // stances reported only as "X as Y"
  {
    text: 'Developers in Broward County see the old golf courses as wasted space.',
    claims: [{ speaker: 'Developers in Broward County', cue: 'see', content: 'the old golf courses as wasted space' }],
  },
  {
    text: 'Mayor Lind sees the ferry terminal approved in March as a way to win back commuters.',
    claims: [
      {
        speaker: 'Mayor Lind',
        cue: 'sees',
        content: 'the ferry terminal approved in March as a way to win back commuters',
      },
    ],
  },
  {
    text: 'The union’s new radio ad portrays Ortiz as out of touch with bus riders.',
    claims: [
      { speaker: 'The union’s new radio ad', cue: 'portrays', content: 'Ortiz as out of touch with bus riders' },
    ],
  },
  {
    text: 'The drivers’ union branded the offer as an insult to its members.',
    claims: [{ speaker: 'The drivers’ union', cue: 'branded', content: 'the offer as an insult to its members' }],
  },
  // where or when the words were said, between the cue and its "that"
  {
    text: 'The state auditor concluded in her final report that the county had overpaid the contractor by $2 million.',
    claims: [
      {
        speaker: 'The state auditor',
        cue: 'concluded',
        content: 'that the county had overpaid the contractor by $2 million',
      },
    ],
  },
  {
    text: 'The police chief disclosed for the first time that two officers had been suspended.',
    claims: [{ speaker: 'The police chief', cue: 'disclosed', content: 'that two officers had been suspended' }],
  },
  {
    text: 'Superintendent Ana Ruiz has said from the start that no school would close.',
    claims: [{ speaker: 'Superintendent Ana Ruiz', cue: 'said', content: 'that no school would close' }],
  },
  // "as reported by" a named source, before or after the clause it sources
  {
    text: 'As reported by the Valley Courier last week, the mill will close in March.',
    claims: [{ speaker: 'the Valley Courier', cue: 'reported', content: 'the mill will close in March' }],
  },
  {
    text: 'The county will close two branch libraries, as first reported by the Department of Health.',
    claims: [
      { speaker: 'the Department of Health', cue: 'reported', content: 'The county will close two branch libraries' },
    ],
  },
  // stance participles with an infinitive or a clause
  {
    text: 'Councilman Pike is running a positive campaign, refusing to attack his rivals.',
    claims: [{ speaker: 'Councilman Pike', cue: 'refusing', content: 'to attack his rivals' }],
  },
  {
    text: 'The drivers walked out on Monday, threatening to stay out until the contract is signed.',
    claims: [{ speaker: 'The drivers', cue: 'threatening', content: 'to stay out until the contract is signed' }],
  },
  {
    text: 'With county commissioners refusing to hold a hearing, the quarry plan stalled.',
    claims: [{ speaker: 'county commissioners', cue: 'refusing', content: 'to hold a hearing' }],
  },
  {
    text: 'With 30 percent of voters saying they would stay home, the race tightened.',
    claims: [{ speaker: '30 percent of voters', cue: 'saying', content: 'they would stay home' }],
  },
  // a relative clause inside the reported words whose own speaker says what the noun before it does
  {
    text: 'The sheriff refused to release the records that county attorneys said would compromise the inquiry.',
    claims: [
      { speaker: 'The sheriff', cue: 'refused', content: 'to release the records' },
      { speaker: 'county attorneys', cue: 'said', content: 'would compromise the inquiry' },
    ],
  },
  {
    text: 'The drivers ended a two-week walkout that company executives said could delay the spring schedule.',
    claims: [{ speaker: 'company executives', cue: 'said', content: 'could delay the spring schedule' }],
  },
  // an attribution between commas inside the words it reports: the clause after it is the speaker's too
  {
    text: 'To keep the clinic open, county officials said, the board must raise $2 million by June.',
    claims: [
      { speaker: 'county officials', cue: 'said', content: 'To keep the clinic open' },
      { speaker: 'county officials', cue: 'said', content: 'the board must raise $2 million by June' },
    ],
  },
  {
    text: 'Though the first closure went smoothly, Ortiz said, a second one would strand hundreds of riders.',
    claims: [
      { speaker: 'Ortiz', cue: 'said', content: 'Though the first closure went smoothly' },
      { speaker: 'Ortiz', cue: 'said', content: 'a second one would strand hundreds of riders' },
    ],
  },
  {
    text: 'The mill was the town’s biggest employer, the historians say, until it closed in 1999.',
    claims: [{ speaker: 'the historians', cue: 'say', content: 'The mill was the town’s biggest employer' }],
  },
  {
    text: 'The levy failed, the treasurer said, when turnout fell below 30 percent.',
    claims: [{ speaker: 'the treasurer', cue: 'said', content: 'The levy failed' }],
  },
  {
    text: 'The ferry will resume service in May, the port authority said in a statement.',
    claims: [{ speaker: 'the port authority', cue: 'said', content: 'The ferry will resume service in May' }],
  },
];

describe('reported speech shapes (issue 14)', () => {
  itGivesClaims(SHAPES);

  it('a quote, then "adding that": the reported words after the quote are a claim of the same speaker', () => {
    const text = '"We are not going anywhere," the union leader said, adding that talks would resume on Monday.';
    const got = attributed(text).map((c) => [c.kind, c.speaker!.text, text.slice(c.content.start, c.content.end)]);
    assert.deepStrictEqual(got, [
      ['direct', 'the union leader', 'We are not going anywhere,'],
      ['indirect', 'the union leader', 'that talks would resume on Monday'],
    ]);
  });

  it('a long quote that ends reported words is no second claim without a speaker', () => {
    const text = 'She said the depot had "never once been inspected in the nine years since it opened."';
    assert.deepStrictEqual(
      analyzeText(text).claims.map((c) => [c.kind, c.speaker?.text ?? null]),
      [['mixed', 'She']],
    );
  });

  it("reported words that hold someone else's attributed quote stay a claim, beside the quote's own", () => {
    const text =
      'Okafor said the council had tried "to bury the audit" before the vote, which Mayor Lind called "a cheap shot."';
    const got = analyzeText(text).claims.map((c) => [
      c.kind,
      c.speaker?.text ?? null,
      text.slice(c.content.start, c.content.end),
    ]);
    assert.deepStrictEqual(got, [
      ['mixed', 'Okafor', text.slice(text.indexOf('the council'))],
      ['direct', 'Mayor Lind', 'a cheap shot.'],
    ]);
  });

  it("a quote the speaker's pronoun introduces inside the speaker's reported words is part of one mixed claim", () => {
    const text =
      'Commissioner Hale said Tuesday that she had asked the board "to slow down" and that the vote was "a mistake."';
    const got = analyzeText(text).claims.map((c) => [
      c.kind,
      c.speaker?.text ?? null,
      text.slice(c.content.start, c.content.end),
    ]);
    assert.deepStrictEqual(got, [['mixed', 'Commissioner Hale', text.slice(text.indexOf('that she'))]]);
  });

  it('a quote the writer carries on in plain words before a trailing attribution is one mixed claim', () => {
    const text = '"You squeezed the drivers to the breaking point" to lift the share price and your own pay, she said.';
    const got = analyzeText(text).claims.map((c) => [
      c.kind,
      c.speaker?.text ?? null,
      text.slice(c.content.start, c.content.end),
    ]);
    assert.deepStrictEqual(got, [['mixed', 'she', text.slice(0, text.indexOf(', she'))]]);
  });

  it('after a quote, a trailing attribution with where it was said still leads on to "adding that"', () => {
    const text =
      '"The numbers speak for themselves," Ms. Varga said at the time, adding that the board had ignored them.';
    const got = attributed(text).map((c) => [
      c.kind,
      c.speaker!.text,
      c.cue,
      text.slice(c.content.start, c.content.end),
    ]);
    assert.deepStrictEqual(got, [
      ['direct', 'Ms. Varga', 'said', 'The numbers speak for themselves,'],
      ['indirect', 'Ms. Varga', 'adding', 'that the board had ignored them'],
    ]);
  });

  it('after an attribution between commas, a quote or a relative clause on the speaker is no second indirect claim', () => {
    const quoted = 'The bridge is safe, the mayor said, "and it will stay open through the winter."';
    assert.ok(!attributed(quoted).some((c) => c.kind === 'indirect' && quoted.slice(c.content.start).startsWith('"')));
    const relative = 'The bridge is safe, said Dan Ortiz, who inspected it on Monday.';
    assert.strictEqual(attributed(relative).length, 1);
  });

  it('a relative clause whose cue is followed by its own subject or by "as" is no claim of its own', () => {
    const object = 'The union rejected the offer that management described as final.';
    assert.ok(!attributed(object).some((c) => c.speaker!.text === 'management' && c.cue === 'described'));
    assert.deepStrictEqual(attributed('The mayor signed the budget that the council approved on Monday.'), []);
  });

  it('a second clause without a cue of its own stays in the first claim', () => {
    const got = attributed('The mayor said the bridge was safe and the council approved the budget.');
    assert.strictEqual(got.length, 1);
  });

  it('after "and", a cue in its base form or a verb that reports nothing stays in the first claim', () => {
    assert.strictEqual(attributed('The mayor said the county cut bus routes and raised fares.').length, 1);
    assert.strictEqual(attributed('The union said its members would walk out and support the strike.').length, 1);
  });

  it('a relative "what" or "which" before a cue whose words open with "when" or "because" reports nothing', () => {
    assert.deepStrictEqual(attributed('That was what Councilman Pike said when he resigned from the board.'), []);
  });

  it('a fronted phrase without a verb is not what a trailing attribution reports', () => {
    assert.deepStrictEqual(
      attributed('Speaking to students in Dayton this week, the senator responded to the governor’s budget.'),
      [],
    );
  });

  it('"called" that summons or phones reports nothing', () => {
    assert.deepStrictEqual(attributed('The mayor called a news conference for Monday.'), []);
    assert.deepStrictEqual(attributed('The fire chief called the sheriff a second time on Friday.'), []);
    assert.deepStrictEqual(attributed('The coach called three players to the front of the room.'), []);
  });

  it('a verb that reports only with its particle reports nothing with another one, nor as a noun', () => {
    assert.deepStrictEqual(attributed('The mayor spoke to the crowd outside the depot for an hour.'), []);
    assert.deepStrictEqual(attributed('Firefighters responded to a blaze on Larch Street.'), []);
    assert.deepStrictEqual(attributed('The contract talks about pensions collapsed on Friday.'), []);
  });

  it('a raising verb before a verb that reports nothing makes no claim', () => {
    assert.deepStrictEqual(attributed('Home prices seemed to fall after the mill closed.'), []);
    assert.deepStrictEqual(attributed('The river continued to rise through Tuesday night.'), []);
  });

  it('a cue form read as a noun closing the sentence after a possessive or a preposition is a noun', () => {
    assert.deepStrictEqual(attributed('The bill is far above the county’s estimates.'), []);
    assert.deepStrictEqual(attributed('The bill is far above what the county estimates.').length, 0);
  });
  it('"sure to" and "certain to" foretell, they give no stance', () => {
    assert.deepStrictEqual(attributed('The bridge is sure to reopen before the holiday weekend.'), []);
    assert.deepStrictEqual(attributed('The vote was certain to draw a crowd to the council chamber.'), []);
  });
  it('an owned noun without "to" or "that" after it reports nothing', () => {
    assert.deepStrictEqual(attributed("The superintendent's decision angered parents at the board meeting."), []);
    assert.deepStrictEqual(attributed('Her plan for the riverfront includes a new ferry dock.'), []);
  });
  it("after a name's possessive a cue form is a noun or a modifier, not the verb of a claim", () => {
    const got = attributed('Ortiz’s repeated claim that the depot was safe angered residents.');
    assert.ok(!got.some((c) => c.cue === 'repeated' || c.cue === 'claim'), JSON.stringify(got.map((c) => c.cue)));
  });
  it('"according to" after a verb is the manner of it, not a source', () => {
    assert.deepStrictEqual(attributed('The launch went according to plan.'), []);
  });

  it('a phrase after "in" that names no poll or study, and "back" after a plain verb, give no claim', () => {
    assert.deepStrictEqual(attributed('In the end, the council voted to close the plant.'), []);
    assert.deepStrictEqual(attributed('The team went back to the field after the storm.'), []);
  });

  it('a passive whose subject is a lone pronoun is no claim', () => {
    assert.deepStrictEqual(attributed('It was first announced by the county in 2019.'), []);
  });

  it('a subject with a verb of its own is not taken whole: the main clause has no cue', () => {
    assert.deepStrictEqual(attributed('The mayor toured the flooded streets and residents cleared the mud.'), []);
  });

  it('without a comma, a fronted adverbial cannot be told from the subject, so it is not read as one', () => {
    const got = attributed('In a meeting with the editorial board of the Gazette Ortiz said the depot would close.');
    assert.ok(!got.some((c) => c.speaker!.text.startsWith('In a meeting')), JSON.stringify(got.map((c) => c.speaker)));
  });
  it('a verb that reports only as "X as Y" reports nothing without it, or before a clause', () => {
    assert.deepStrictEqual(attributed('Neighbors saw the fire from across the river.'), []);
    assert.deepStrictEqual(attributed('Deputies saw the driver as the ambulance arrived.'), []);
    assert.deepStrictEqual(attributed('Volunteers painted the fence as well.'), []);
    assert.deepStrictEqual(attributed('The studio cast a local teenager as the lead.'), []);
  });
  it('a noun with a clause of its own, or "that" before a noun, is no setting before the reported words', () => {
    assert.deepStrictEqual(
      attributed('The union responded on Friday to claims that its members had stalled the talks.'),
      [],
    );
    assert.deepStrictEqual(attributed('The mayor remarked upon the fact that the budget is short.'), []);
  });
  it('"as" with a passive whose agent reports nothing is no attribution', () => {
    assert.deepStrictEqual(attributed('The storm arrived as predicted by forecasters.'), []);
  });
  it('a stance participle with a plain object reports nothing', () => {
    assert.deepStrictEqual(attributed('The mayor toured the levee on Sunday, hoping for rain.'), []);
    assert.deepStrictEqual(attributed('Ortiz, seeking a third term, opened an office on Main Street.'), []);
  });
});
