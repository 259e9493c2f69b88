package vn.rollout.security;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;
import vn.rollout.process.CalledFromModels;

/**
 * The Spring beans that process models may name: delegates and listeners (in
 * {@code camunda:delegateExpression}) and the beans marked {@link CalledFromModels} (in any other
 * expression). The deployment check asks it at deploy time; the engine's expression manager sees the
 * application context only through it at run time, so that an expression that slipped through (a
 * filter's stored query, say) still cannot reach {@code systemEnvironment}, a data source or an engine
 * service. Beans are looked up lazily, by name, when an expression needs them.
 */
final class ModelBeans extends AbstractMap<Object, Object> implements ModelBeanCatalog {

  static final List<Class<?>> DELEGATE_TYPES =
      List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class, DelegateVariableMapping.class);

  private final ListableBeanFactory beans;

  ModelBeans(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public boolean isBean(String name) {
    return beans.containsBean(name);
  }

  @Override
  public boolean isDelegate(String name) {
    return beans.containsBean(name) && DELEGATE_TYPES.stream().anyMatch(type -> beans.isTypeMatch(name, type));
  }

  @Override
  public boolean isCallable(String name) {
    return beans.containsBean(name) && beans.findAnnotationOnBean(name, CalledFromModels.class) != null;
  }

  private boolean exposed(Object key) {
    return key instanceof String name && (isCallable(name) || isDelegate(name));
  }

  @Override
  public boolean containsKey(Object key) {
    return exposed(key);
  }

  @Override
  public Object get(Object key) {
    return exposed(key) ? beans.getBean((String) key) : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    Map<Object, Object> exposed = new LinkedHashMap<>();
    Arrays.stream(beans.getBeanDefinitionNames()).filter(this::exposed).forEach(name -> exposed.put(name, beans.getBean(name)));
    return exposed.entrySet();
  }
}
