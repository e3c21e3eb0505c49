from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blocks.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_embargo = l_0_masthead = l_0_kicker = l_0_title = l_0_dateline = l_0_summary = l_0_key_facts = l_0_disclaimer = l_0_section_heading = l_0_questions = l_0_list_section = l_0_text_section = l_0_html_section = l_0_quotes = l_0_recommendations = l_0_assessments = l_0_signposting = l_0_links = l_0_documents = l_0_contact = l_0_change_log = l_0_themes = l_0_footer = missing
    pass
    yield '\n'
    def macro(l_1_id, l_1_text):
        t_1 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        if l_1_text:
            pass
            t_1.extend((
                '<div id="',
                escape(l_1_id),
                '" class="embargo" role="region" aria-label="',
                escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Embargo')),
                '">\n<p class="embargo-label"><strong>',
                escape(l_1_text),
                '</strong></p>\n<p>',
                escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Not for publication or broadcast before this time.')),
                '</p>\n</div>\n',
            ))
        else:
            pass
            t_1.extend((
                '<div id="',
                escape(l_1_id),
                '" class="embargo-lifted" hidden></div>\n',
            ))
        return concat(t_1)
    context.exported_vars.add('embargo')
    context.vars['embargo'] = l_0_embargo = Macro(environment, macro, 'embargo', ('id', 'text'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_name, l_1_logo_uri, l_1_home):
        t_2 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        if l_1_logo_uri is missing:
            l_1_logo_uri = undefined("parameter 'logo_uri' was not provided", name='logo_uri')
        if l_1_home is missing:
            l_1_home = undefined("parameter 'home' was not provided", name='home')
        pass
        t_2.extend((
            '<header id="',
            escape(l_1_id),
            '" class="masthead">\n<div class="masthead-inner">\n',
        ))
        if l_1_logo_uri:
            pass
            t_2.extend((
                '<img class="logo" src="',
                escape(l_1_logo_uri),
                '" alt="">\n',
            ))
        if l_1_name:
            pass
            t_2.append(
                '<p class="organisation">',
            )
            if l_1_home:
                pass
                t_2.extend((
                    '<a href="',
                    escape(l_1_home),
                    '">',
                    escape(l_1_name),
                    '</a>',
                ))
            else:
                pass
                t_2.append(
                    escape(l_1_name),
                )
            t_2.append(
                '</p>\n',
            )
        t_2.append(
            '</div>\n</header>\n',
        )
        return concat(t_2)
    context.exported_vars.add('masthead')
    context.vars['masthead'] = l_0_masthead = Macro(environment, macro, 'masthead', ('id', 'name', 'logo_uri', 'home'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_text, l_1_location):
        t_3 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        if l_1_location is missing:
            l_1_location = undefined("parameter 'location' was not provided", name='location')
        pass
        t_3.extend((
            '<p id="',
            escape(l_1_id),
            '" class="kicker">',
            escape(l_1_text),
        ))
        if l_1_location:
            pass
            t_3.extend((
                '<span class="separator" aria-hidden="true"> · </span><span class="location">',
                escape(l_1_location),
                '</span>',
            ))
        t_3.append(
            '</p>\n',
        )
        return concat(t_3)
    context.exported_vars.add('kicker')
    context.vars['kicker'] = l_0_kicker = Macro(environment, macro, 'kicker', ('id', 'text', 'location'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_text):
        t_4 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        t_4.extend((
            '<h1 id="',
            escape(l_1_id),
            '">',
            escape(l_1_text),
            '</h1>\n',
        ))
        return concat(t_4)
    context.exported_vars.add('title')
    context.vars['title'] = l_0_title = Macro(environment, macro, 'title', ('id', 'text'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_published, l_1_updated):
        t_5 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_published is missing:
            l_1_published = undefined("parameter 'published' was not provided", name='published')
        if l_1_updated is missing:
            l_1_updated = undefined("parameter 'updated' was not provided", name='updated')
        pass
        t_5.extend((
            '<p id="',
            escape(l_1_id),
            '" class="dateline">',
        ))
        if l_1_published:
            pass
            t_5.extend((
                escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Published')),
                ' ',
                escape(l_1_published),
            ))
        if (l_1_published and l_1_updated):
            pass
            t_5.append(
                '<span class="separator" aria-hidden="true"> · </span>',
            )
        if l_1_updated:
            pass
            t_5.extend((
                escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Last updated')),
                ' ',
                escape(l_1_updated),
            ))
        t_5.append(
            '</p>\n',
        )
        return concat(t_5)
    context.exported_vars.add('dateline')
    context.vars['dateline'] = l_0_dateline = Macro(environment, macro, 'dateline', ('id', 'published', 'updated'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_text):
        t_6 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        t_6.extend((
            '<p id="',
            escape(l_1_id),
            '" class="summary">',
            escape(l_1_text),
            '</p>\n',
        ))
        return concat(t_6)
    context.exported_vars.add('summary')
    context.vars['summary'] = l_0_summary = Macro(environment, macro, 'summary', ('id', 'text'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_facts):
        t_7 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_facts is missing:
            l_1_facts = undefined("parameter 'facts' was not provided", name='facts')
        pass
        t_7.extend((
            '<section id="',
            escape(l_1_id),
            '" class="key-facts" aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Key facts')),
            '</h2>\n<dl>\n',
        ))
        for (l_2_term, l_2_values) in l_1_facts:
            _loop_vars = {}
            pass
            t_7.extend((
                '<div class="fact">\n<dt>',
                escape(l_2_term),
                '</dt>\n',
            ))
            for l_3_value in l_2_values:
                _loop_vars = {}
                pass
                t_7.extend((
                    '<dd>',
                    escape(l_3_value),
                    '</dd>\n',
                ))
            l_3_value = missing
            t_7.append(
                '</div>\n',
            )
        l_2_term = l_2_values = missing
        t_7.append(
            '</dl>\n</section>\n',
        )
        return concat(t_7)
    context.exported_vars.add('key_facts')
    context.vars['key_facts'] = l_0_key_facts = Macro(environment, macro, 'key_facts', ('id', 'facts'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_text):
        t_8 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        t_8.extend((
            '<p id="',
            escape(l_1_id),
            '" class="disclaimer">',
            escape(l_1_text),
            '</p>\n',
        ))
        return concat(t_8)
    context.exported_vars.add('disclaimer')
    context.vars['disclaimer'] = l_0_disclaimer = Macro(environment, macro, 'disclaimer', ('id', 'text'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_text):
        t_9 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        t_9.extend((
            '<h2 id="',
            escape(l_1_id),
            '">',
            escape(l_1_text),
            '</h2>\n',
        ))
        return concat(t_9)
    context.exported_vars.add('section_heading')
    context.vars['section_heading'] = l_0_section_heading = Macro(environment, macro, 'section_heading', ('id', 'text'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_items, l_1_inside_section):
        t_10 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_inside_section is missing:
            l_1_inside_section = undefined("parameter 'inside_section' was not provided", name='inside_section')
        pass
        if l_1_inside_section:
            pass
            t_10.extend((
                '<ol id="',
                escape(l_1_id),
                '" class="reflective-questions">\n',
            ))
            for l_2_item in l_1_items:
                _loop_vars = {}
                pass
                t_10.extend((
                    '<li>',
                    escape(l_2_item),
                    '</li>\n',
                ))
            l_2_item = missing
            t_10.append(
                '</ol>\n',
            )
        else:
            pass
            t_10.extend((
                '<section id="',
                escape(l_1_id),
                '" class="reflective-questions" aria-labelledby="',
                escape(l_1_id),
                '-heading">\n<h2 id="',
                escape(l_1_id),
                '-heading">',
                escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Questions for reflection')),
                '</h2>\n<ol>\n',
            ))
            for l_2_item in l_1_items:
                _loop_vars = {}
                pass
                t_10.extend((
                    '<li>',
                    escape(l_2_item),
                    '</li>\n',
                ))
            l_2_item = missing
            t_10.append(
                '</ol>\n</section>\n',
            )
        return concat(t_10)
    context.exported_vars.add('questions')
    context.vars['questions'] = l_0_questions = Macro(environment, macro, 'questions', ('id', 'items', 'inside_section'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_heading, l_1_items, l_1_ordered, l_1_class):
        t_11 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_ordered is missing:
            l_1_ordered = False
        if l_1_class is missing:
            l_1_class = ''
        pass
        t_11.extend((
            '<section id="',
            escape(l_1_id),
            '"',
        ))
        if l_1_class:
            pass
            t_11.extend((
                ' class="',
                escape(l_1_class),
                '"',
            ))
        t_11.extend((
            ' aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(l_1_heading),
            '</h2>\n<',
            escape(('ol' if l_1_ordered else 'ul')),
            '>\n',
        ))
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            t_11.extend((
                '<li>',
                escape(l_2_item),
                '</li>\n',
            ))
        l_2_item = missing
        t_11.extend((
            '</',
            escape(('ol' if l_1_ordered else 'ul')),
            '>\n</section>\n',
        ))
        return concat(t_11)
    context.exported_vars.add('list_section')
    context.vars['list_section'] = l_0_list_section = Macro(environment, macro, 'list_section', ('id', 'heading', 'items', 'ordered', 'class'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_heading, l_1_paragraphs, l_1_class):
        t_12 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_paragraphs is missing:
            l_1_paragraphs = undefined("parameter 'paragraphs' was not provided", name='paragraphs')
        if l_1_class is missing:
            l_1_class = ''
        pass
        t_12.extend((
            '<section id="',
            escape(l_1_id),
            '"',
        ))
        if l_1_class:
            pass
            t_12.extend((
                ' class="',
                escape(l_1_class),
                '"',
            ))
        t_12.extend((
            ' aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(l_1_heading),
            '</h2>\n',
        ))
        for l_2_paragraph in l_1_paragraphs:
            _loop_vars = {}
            pass
            t_12.extend((
                '<p>',
                escape(l_2_paragraph),
                '</p>\n',
            ))
        l_2_paragraph = missing
        t_12.append(
            '</section>\n',
        )
        return concat(t_12)
    context.exported_vars.add('text_section')
    context.vars['text_section'] = l_0_text_section = Macro(environment, macro, 'text_section', ('id', 'heading', 'paragraphs', 'class'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_heading, l_1_html, l_1_class):
        t_13 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_html is missing:
            l_1_html = undefined("parameter 'html' was not provided", name='html')
        if l_1_class is missing:
            l_1_class = ''
        pass
        t_13.extend((
            '<section id="',
            escape(l_1_id),
            '"',
        ))
        if l_1_class:
            pass
            t_13.extend((
                ' class="',
                escape(l_1_class),
                '"',
            ))
        t_13.extend((
            ' aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(l_1_heading),
            '</h2>\n',
            escape(l_1_html),
            '\n</section>\n',
        ))
        return concat(t_13)
    context.exported_vars.add('html_section')
    context.vars['html_section'] = l_0_html_section = Macro(environment, macro, 'html_section', ('id', 'heading', 'html', 'class'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_items):
        t_14 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        t_14.extend((
            '<section id="',
            escape(l_1_id),
            '" class="quotes" aria-label="',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Quotes')),
            '">\n',
        ))
        for l_2_quote in l_1_items:
            _loop_vars = {}
            pass
            t_14.append(
                '<figure class="quote">\n<blockquote>\n',
            )
            for l_3_paragraph in environment.getattr(l_2_quote, 'paragraphs'):
                _loop_vars = {}
                pass
                t_14.extend((
                    '<p>',
                    escape(l_3_paragraph),
                    '</p>\n',
                ))
            l_3_paragraph = missing
            t_14.extend((
                '</blockquote>\n<figcaption>',
                escape(environment.getattr(l_2_quote, 'attributed_to')),
            ))
            if environment.getattr(l_2_quote, 'source'):
                pass
                t_14.extend((
                    ', <cite>',
                    escape(environment.getattr(l_2_quote, 'source')),
                    '</cite>',
                ))
            t_14.append(
                '</figcaption>\n</figure>\n',
            )
        l_2_quote = missing
        t_14.append(
            '</section>\n',
        )
        return concat(t_14)
    context.exported_vars.add('quotes')
    context.vars['quotes'] = l_0_quotes = Macro(environment, macro, 'quotes', ('id', 'items'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_items):
        t_15 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        t_15.extend((
            '<section id="',
            escape(l_1_id),
            '" class="recommendations" aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Recommendations')),
            '</h2>\n<div class="table-scroll">\n<table>\n<thead>\n<tr><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Number')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Recommendation')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Addressed to')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Response')),
            '</th></tr>\n</thead>\n<tbody>\n',
        ))
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            t_15.extend((
                '<tr>\n<th scope="row">',
                escape(environment.getattr(l_2_item, 'id')),
                '</th>\n<td>',
                escape(environment.getattr(l_2_item, 'text')),
                '</td>\n<td>',
                escape(environment.getattr(l_2_item, 'addressed_to')),
                '</td>\n<td>',
                escape(environment.getattr(l_2_item, 'response')),
            ))
            if environment.getattr(l_2_item, 'reason'):
                pass
                t_15.extend((
                    '<p class="response-reason">',
                    escape(environment.getattr(l_2_item, 'reason')),
                    '</p>',
                ))
            t_15.append(
                '</td>\n</tr>\n',
            )
        l_2_item = missing
        t_15.append(
            '</tbody>\n</table>\n</div>\n</section>\n',
        )
        return concat(t_15)
    context.exported_vars.add('recommendations')
    context.vars['recommendations'] = l_0_recommendations = Macro(environment, macro, 'recommendations', ('id', 'items'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_items):
        t_16 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        t_16.extend((
            '<section id="',
            escape(l_1_id),
            '" class="assessments" aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'What inspectors said')),
            '</h2>\n',
        ))
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            t_16.append(
                '<figure class="quote">\n',
            )
            if environment.getattr(l_2_item, 'quote'):
                pass
                t_16.extend((
                    '<blockquote><p>',
                    escape(environment.getattr(l_2_item, 'quote')),
                    '</p></blockquote>\n',
                ))
            t_16.extend((
                '<figcaption>',
                escape(environment.getattr(l_2_item, 'attribution')),
            ))
            if environment.getattr(l_2_item, 'href'):
                pass
                t_16.extend((
                    ' (<a href="',
                    escape(environment.getattr(l_2_item, 'href')),
                    '">',
                    escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'source', _loop_vars=_loop_vars)),
                    '</a>)',
                ))
            t_16.append(
                '</figcaption>\n</figure>\n',
            )
        l_2_item = missing
        t_16.append(
            '</section>\n',
        )
        return concat(t_16)
    context.exported_vars.add('assessments')
    context.vars['assessments'] = l_0_assessments = Macro(environment, macro, 'assessments', ('id', 'items'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_services):
        t_17 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_services is missing:
            l_1_services = undefined("parameter 'services' was not provided", name='services')
        pass
        t_17.extend((
            '<aside id="',
            escape(l_1_id),
            '" class="support" aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Get support')),
            '</h2>\n<ul>\n',
        ))
        for l_2_service in l_1_services:
            _loop_vars = {}
            pass
            t_17.extend((
                '<li>\n<strong>',
                escape(environment.getattr(l_2_service, 'name')),
                '</strong>\n',
            ))
            if environment.getattr(l_2_service, 'phone'):
                pass
                t_17.append(
                    '<br>',
                )
                if environment.getattr(l_2_service, 'tel'):
                    pass
                    t_17.extend((
                        '<a href="',
                        escape(environment.getattr(l_2_service, 'tel')),
                        '">',
                        escape(environment.getattr(l_2_service, 'phone')),
                        '</a>',
                    ))
                else:
                    pass
                    t_17.append(
                        escape(environment.getattr(l_2_service, 'phone')),
                    )
                if environment.getattr(l_2_service, 'hours'):
                    pass
                    t_17.extend((
                        ' <span class="hours">(',
                        escape(environment.getattr(l_2_service, 'hours')),
                        ')</span>',
                    ))
                t_17.append(
                    '\n',
                )
            elif environment.getattr(l_2_service, 'hours'):
                pass
                t_17.extend((
                    '<br><span class="hours">',
                    escape(environment.getattr(l_2_service, 'hours')),
                    '</span>\n',
                ))
            if environment.getattr(l_2_service, 'href'):
                pass
                t_17.extend((
                    '<br><a href="',
                    escape(environment.getattr(l_2_service, 'href')),
                    '">',
                    escape(environment.getattr(l_2_service, 'website')),
                    '</a>\n',
                ))
            t_17.append(
                '</li>\n',
            )
        l_2_service = missing
        t_17.append(
            '</ul>\n</aside>\n',
        )
        return concat(t_17)
    context.exported_vars.add('signposting')
    context.vars['signposting'] = l_0_signposting = Macro(environment, macro, 'signposting', ('id', 'services'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_heading, l_1_items):
        t_18 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        t_18.extend((
            '<section id="',
            escape(l_1_id),
            '" class="links" aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(l_1_heading),
            '</h2>\n<ul>\n',
        ))
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            t_18.append(
                '<li>',
            )
            if environment.getattr(l_2_item, 'href'):
                pass
                t_18.extend((
                    '<a href="',
                    escape(environment.getattr(l_2_item, 'href')),
                    '">',
                    escape(environment.getattr(l_2_item, 'text')),
                    '</a>',
                ))
            else:
                pass
                t_18.append(
                    escape(environment.getattr(l_2_item, 'text')),
                )
            t_18.append(
                '</li>\n',
            )
        l_2_item = missing
        t_18.append(
            '</ul>\n</section>\n',
        )
        return concat(t_18)
    context.exported_vars.add('links')
    context.vars['links'] = l_0_links = Macro(environment, macro, 'links', ('id', 'heading', 'items'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_items):
        t_19 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        t_19.extend((
            '<section id="',
            escape(l_1_id),
            '" class="documents" aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Documents')),
            '</h2>\n<ul>\n',
        ))
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            t_19.append(
                '<li class="document">\n<p class="document-title">',
            )
            if environment.getattr(l_2_item, 'href'):
                pass
                t_19.extend((
                    '<a href="',
                    escape(environment.getattr(l_2_item, 'href')),
                    '">',
                    escape(environment.getattr(l_2_item, 'title')),
                    '</a>',
                ))
            else:
                pass
                t_19.append(
                    escape(environment.getattr(l_2_item, 'title')),
                )
            if environment.getattr(l_2_item, 'details'):
                pass
                t_19.extend((
                    ' <span class="document-details">',
                    escape(environment.getattr(l_2_item, 'details')),
                    '</span>',
                ))
            t_19.append(
                '</p>\n',
            )
            for l_3_note in environment.getattr(l_2_item, 'notes'):
                _loop_vars = {}
                pass
                t_19.extend((
                    '<p class="document-note">',
                    escape(l_3_note),
                    '</p>\n',
                ))
            l_3_note = missing
            t_19.append(
                '</li>\n',
            )
        l_2_item = missing
        t_19.append(
            '</ul>\n</section>\n',
        )
        return concat(t_19)
    context.exported_vars.add('documents')
    context.vars['documents'] = l_0_documents = Macro(environment, macro, 'documents', ('id', 'items'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_heading, l_1_lines):
        t_20 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_lines is missing:
            l_1_lines = undefined("parameter 'lines' was not provided", name='lines')
        pass
        t_20.extend((
            '<section id="',
            escape(l_1_id),
            '" class="contact" aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(l_1_heading),
            '</h2>\n<ul class="contact-lines">\n',
        ))
        for l_2_line in l_1_lines:
            _loop_vars = {}
            pass
            t_20.append(
                '<li>',
            )
            if environment.getattr(l_2_line, 'label'):
                pass
                t_20.extend((
                    '<span class="contact-label">',
                    escape(environment.getattr(l_2_line, 'label')),
                    ':</span> ',
                ))
            if environment.getattr(l_2_line, 'href'):
                pass
                t_20.extend((
                    '<a href="',
                    escape(environment.getattr(l_2_line, 'href')),
                    '">',
                    escape(environment.getattr(l_2_line, 'text')),
                    '</a>',
                ))
            else:
                pass
                t_20.append(
                    escape(environment.getattr(l_2_line, 'text')),
                )
            t_20.append(
                '</li>\n',
            )
        l_2_line = missing
        t_20.append(
            '</ul>\n</section>\n',
        )
        return concat(t_20)
    context.exported_vars.add('contact')
    context.vars['contact'] = l_0_contact = Macro(environment, macro, 'contact', ('id', 'heading', 'lines'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_entries):
        t_21 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_entries is missing:
            l_1_entries = undefined("parameter 'entries' was not provided", name='entries')
        pass
        t_21.extend((
            '<section id="',
            escape(l_1_id),
            '" class="change-log" aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Updates to this page')),
            '</h2>\n<ol>\n',
        ))
        for l_2_entry in l_1_entries:
            _loop_vars = {}
            pass
            t_21.extend((
                '<li><span class="change-date">',
                escape(environment.getattr(l_2_entry, 'date')),
                '</span>',
            ))
            if environment.getattr(l_2_entry, 'note'):
                pass
                t_21.extend((
                    '<br>',
                    escape(environment.getattr(l_2_entry, 'note')),
                ))
            t_21.append(
                '</li>\n',
            )
        l_2_entry = missing
        t_21.append(
            '</ol>\n</section>\n',
        )
        return concat(t_21)
    context.exported_vars.add('change_log')
    context.vars['change_log'] = l_0_change_log = Macro(environment, macro, 'change_log', ('id', 'entries'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_labels):
        t_22 = []
        l_1_t = resolve('t')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_labels is missing:
            l_1_labels = undefined("parameter 'labels' was not provided", name='labels')
        pass
        t_22.extend((
            '<section id="',
            escape(l_1_id),
            '" class="themes" aria-labelledby="',
            escape(l_1_id),
            '-heading">\n<h2 id="',
            escape(l_1_id),
            '-heading">',
            escape(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'Topics')),
            '</h2>\n<ul class="tags">\n',
        ))
        for l_2_item in l_1_labels:
            _loop_vars = {}
            pass
            t_22.extend((
                '<li>',
                escape(l_2_item),
                '</li>\n',
            ))
        l_2_item = missing
        t_22.append(
            '</ul>\n</section>\n',
        )
        return concat(t_22)
    context.exported_vars.add('themes')
    context.vars['themes'] = l_0_themes = Macro(environment, macro, 'themes', ('id', 'labels'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_text, l_1_rights):
        t_23 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        if l_1_rights is missing:
            l_1_rights = undefined("parameter 'rights' was not provided", name='rights')
        pass
        t_23.extend((
            '<footer id="',
            escape(l_1_id),
            '" class="site-footer">\n<div class="footer-inner">\n',
        ))
        if l_1_text:
            pass
            t_23.extend((
                '<p>',
                escape(l_1_text),
                '</p>\n',
            ))
        if l_1_rights:
            pass
            t_23.extend((
                '<p class="rights">',
                escape(l_1_rights),
                '</p>\n',
            ))
        t_23.append(
            '</div>\n</footer>\n',
        )
        return concat(t_23)
    context.exported_vars.add('footer')
    context.vars['footer'] = l_0_footer = Macro(environment, macro, 'footer', ('id', 'text', 'rights'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=13&5=21&6=25&7=29&8=31&11=38&15=45&16=58&18=61&19=65&21=68&22=73&28=97&29=108&32=126&33=135&36=144&37=156&40=185&41=194&44=203&45=213&46=217&48=222&50=227&51=230&52=235&60=250&61=259&64=268&65=277&68=286&69=296&70=300&71=303&72=308&76=319&77=323&79=328&80=333&87=344&88=359&89=373&90=377&91=380&92=385&94=391&98=398&99=411&100=425&101=430&102=435&107=446&108=459&109=473&110=477&114=484&115=494&116=499&119=505&120=510&123=516&129=536&130=546&131=550&135=554&138=563&140=568&141=570&142=572&143=574&152=594&153=604&154=608&155=613&157=619&158=623&160=628&166=650&167=660&168=664&170=669&172=674&173=677&174=682&176=706&177=710&179=713&180=717&188=733&189=744&190=748&192=753&193=759&199=784&200=794&201=798&203=803&205=809&206=833&207=838&215=853&216=864&217=868&219=873&220=879&226=911&227=921&228=925&230=930&231=935&237=955&238=965&239=969&241=974&242=979&248=990&249=1001&251=1004&252=1008&254=1011&255=1015'